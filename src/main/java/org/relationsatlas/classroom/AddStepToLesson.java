package org.relationsatlas.classroom;

import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.security.AuthenticationContext;

import com.vaadin.flow.spring.annotation.SpringComponent;

import org.relationsatlas.atlas.AtlasExtension;
import org.relationsatlas.atlas.AtlasViewContext;
import org.relationsatlas.lessons.LessonService;
import org.relationsatlas.ui.Addresses;

/**
 * The classroom's control on the atlas: an editor who opened the atlas from a lesson
 * ({@code ?lesson=<id>}) gets "Add current view as step". Anyone else gets nothing.
 */
@SpringComponent
class AddStepToLesson implements AtlasExtension {

    private final LessonService lessons;
    private final AuthenticationContext authentication;

    AddStepToLesson(LessonService lessons, AuthenticationContext authentication) {
        this.lessons = lessons;
        this.authentication = authentication;
    }

    @Override
    public Optional<Component> controlsFor(AtlasViewContext view) {
        return view.parameter(Addresses.ADD_TO_LESSON)
                .filter(id -> authentication.hasRole(LessonService.EDITOR))
                .flatMap(lessons::lesson)
                .map(lesson -> new AddStepBar(lesson, view, lessons));
    }
}
