package org.relationsatlas.security;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.relationsatlas.i18n.Lang;
import org.relationsatlas.i18n.Minutes;
import org.relationsatlas.i18n.UiText;
import org.relationsatlas.ui.Addresses;
import org.relationsatlas.ui.PageLanguage;

/**
 * /login: the editors' log-in form, in the page's language. Spring Security's form log-in takes the
 * POST (the form sends Spring's CSRF token from the page's meta tags); a wrong password comes back as
 * {@code ?error}, a paused log-in ({@link LoginThrottle}) as {@code ?paused=<minutes>}.
 */
@Route(Addresses.LOGIN_ROUTE)
@AnonymousAllowed
public class LoginView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final long longestWait;
    private Lang lang = Lang.EN;

    public LoginView(LoginThrottle throttle) {
        longestWait = ThrottledLogin.wholeMinutes(throttle.lockout());
        addClassName("login-view");
        form.setForgotPasswordButtonVisible(false);
        add(form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        lang = PageLanguage.enter(this, event);
        // The answer to the POST keeps the language: the failure pages are addressed with it.
        form.setAction(Addresses.login(lang));
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(UiText.LOG_IN.in(lang));
        i18n.getForm().setUsername(UiText.USERNAME.in(lang));
        i18n.getForm().setPassword(UiText.PASSWORD.in(lang));
        i18n.getForm().setSubmit(UiText.LOG_IN.in(lang));
        QueryParameters query = event.getLocation().getQueryParameters();
        long paused = pausedMinutes(query);
        if (paused > 0) {
            i18n.getErrorMessage().setTitle(UiText.LOGIN_PAUSED_TITLE.in(lang));
            i18n.getErrorMessage().setMessage(UiText.LOGIN_PAUSED.in(lang, Minutes.in(lang, paused)));
        } else {
            i18n.getErrorMessage().setTitle(UiText.LOGIN_ERROR.in(lang));
            i18n.getErrorMessage().setMessage("");
        }
        form.setI18n(i18n);
        form.setError(paused > 0 || query.getParameters().containsKey(Addresses.LOGIN_FAILED));
        // Lumo mirrors the error box by its wrapper's own dir, which nothing sets: in Arabic the
        // warning icon covered the title. The wrapper lives in the form's shadow root.
        form.getElement().executeJs("customElements.whenDefined('vaadin-login-form').then(() => this.updateComplete)"
                + ".then(() => this.shadowRoot.querySelector('vaadin-login-form-wrapper').setAttribute('dir', $0))",
                lang.dir());
    }

    /** The minutes to wait, from the address; never more than a whole lockout (the address can be typed). */
    private long pausedMinutes(QueryParameters query) {
        String value = query.getSingleParameter(Addresses.LOGIN_PAUSED).orElse("");
        if (!value.matches("[0-9]{1,6}")) {
            return 0;
        }
        return Math.min(Math.max(Long.parseLong(value), 1), longestWait);
    }

    @Override
    public String getPageTitle() {
        return UiText.LOG_IN.in(lang);
    }
}
