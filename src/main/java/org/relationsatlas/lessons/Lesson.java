package org.relationsatlas.lessons;

import java.util.ArrayList;
import java.util.List;
import org.relationsatlas.i18n.Bilingual;

/** A lesson: a title in both languages and its steps, in the order they are presented. */
public record Lesson(String id, Bilingual title, List<LessonStep> steps) {

    public Lesson {
        steps = List.copyOf(steps);
    }

    public Lesson withSteps(List<LessonStep> newSteps) {
        return new Lesson(id, title, newSteps);
    }

    public Lesson withTitle(Bilingual newTitle) {
        return new Lesson(id, newTitle, steps);
    }

    public Lesson withStepAdded(LessonStep step) {
        List<LessonStep> more = new ArrayList<>(steps);
        more.add(step);
        return withSteps(more);
    }

    /** Step n, counted from 1 as in /lesson/{id}/step/{n}. */
    public LessonStep step(int number) {
        return steps.get(number - 1);
    }

    public boolean hasStep(int number) {
        return number >= 1 && number <= steps.size();
    }
}
