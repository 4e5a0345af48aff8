package org.relationsatlas.security;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.relationsatlas.i18n.Lang;
import org.relationsatlas.i18n.UiText;
import org.relationsatlas.ui.Addresses;
import org.relationsatlas.ui.PageLanguage;

/** /login: the editors' log-in form (Spring Security's form login posts to /login), in the page's language. */
@Route(Addresses.LOGIN_ROUTE)
@AnonymousAllowed
public class LoginView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private Lang lang = Lang.EN;

    public LoginView() {
        addClassName("login-view");
        form.setAction(Addresses.LOGIN_ROUTE);
        form.setForgotPasswordButtonVisible(false);
        add(form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        lang = PageLanguage.enter(this, event);
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(UiText.LOG_IN.in(lang));
        i18n.getForm().setUsername(UiText.USERNAME.in(lang));
        i18n.getForm().setPassword(UiText.PASSWORD.in(lang));
        i18n.getForm().setSubmit(UiText.LOG_IN.in(lang));
        i18n.getErrorMessage().setTitle(UiText.LOGIN_ERROR.in(lang));
        i18n.getErrorMessage().setMessage("");
        form.setI18n(i18n);
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return UiText.LOG_IN.in(lang);
    }
}
