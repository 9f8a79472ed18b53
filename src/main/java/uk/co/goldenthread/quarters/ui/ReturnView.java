package uk.co.goldenthread.quarters.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.co.goldenthread.base.DomainException;
import uk.co.goldenthread.base.InvalidInputException;
import uk.co.goldenthread.base.NoSuchRecordException;
import uk.co.goldenthread.base.UkDates;
import uk.co.goldenthread.base.ui.Confirmation;
import uk.co.goldenthread.base.ui.ErrorSummary;
import uk.co.goldenthread.base.ui.PageNotFound;
import uk.co.goldenthread.base.ui.UserAction;
import uk.co.goldenthread.quarters.ReturnAction;
import uk.co.goldenthread.quarters.ReturnApprovalService;
import uk.co.goldenthread.quarters.ReturnDetails;
import uk.co.goldenthread.quarters.ReturnEdit;
import uk.co.goldenthread.quarters.ReturnPage;
import uk.co.goldenthread.quarters.ReturnService;
import uk.co.goldenthread.quarters.ReturnStatus;

/**
 * A return: filled in by the AD Delivery, reviewed by the AD Commissioning, signed off by the Strategic Director; a
 * note says when a step has passed to someone else, and History shows every change.
 */
@Route("returns/:returnId")
@PageTitle("Return | Golden Thread")
@RolesAllowed({"AD_DELIVERY", "AD_COMMISSIONING", "STRATEGIC_DIRECTOR", "PERFORMANCE_TEAM"})
public class ReturnView extends Main implements BeforeEnterObserver {

    private final ReturnService returns;
    private final ReturnApprovalService approvals;
    private final java.time.Clock clock;
    private final List<LineCard> cards = new ArrayList<>();
    private final List<ProgressCard> progressCards = new ArrayList<>();
    private final ErrorSummary errorSummary = new ErrorSummary();
    private long returnId;
    private @Nullable ReturnDetails details; // set by beforeEnter
    private java.time.LocalDateTime openedAt = java.time.LocalDateTime.MIN;

    public ReturnView(ReturnService returns, ReturnApprovalService approvals, java.time.Clock clock) {
        this.returns = returns;
        this.approvals = approvals;
        this.clock = clock;
        addClassName("return-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        returnId = PageNotFound.id(event.getRouteParameters(), "returnId");
        try {
            show(returns.open(returnId));
        } catch (NoSuchRecordException e) {
            throw PageNotFound.because(e);
        } catch (DomainException e) {
            removeAll();
            add(new H2("Return not available"), new Paragraph(e.getMessage()));
        }
    }

    /** Draws the page a service call gave, and keeps the version it was read at for the next change. */
    private void show(ReturnPage page) {
        details = page.details();
        openedAt = java.time.LocalDateTime.now(clock);
        Set<ReturnAction> actions = page.actions();
        removeAll();
        cards.clear();
        progressCards.clear();
        add(new H2(details.title()), errorSummary);
        errorSummary.clear();
        var status = new Paragraph("Status: " + details.status().label());
        status.addClassName("return-status");
        add(status);
        if (page.routingNote() != null) {
            var why = new Paragraph(page.routingNote());
            why.addClassName("routing-note");
            add(why);
        }
        if (details.returnedReason() != null && (details.status() == ReturnStatus.RETURNED_TO_DELIVERY
                || details.status() == ReturnStatus.RETURNED_TO_COMMISSIONING)) {
            var callout = new Div(new Paragraph("Returned by " + details.returnedBy() + " on "
                    + UkDates.format(details.returnedAt()) + ". Reason: " + details.returnedReason()));
            callout.addClassName("returned-reason");
            callout.getElement().setAttribute("role", "alert");
            add(callout);
        }
        LineCard.Mode mode = actions.contains(ReturnAction.SUBMIT) ? LineCard.Mode.EDIT
                : actions.contains(ReturnAction.APPROVE) ? LineCard.Mode.REVIEW : LineCard.Mode.READ;
        if (mode == LineCard.Mode.REVIEW) {
            add(new ChangesSinceLastLook(page.changesSinceLastLook()));
        }
        details.lines().forEach(line -> cards.add(new LineCard(line, mode)));
        cards.forEach(this::add);
        details.progress().forEach(p -> progressCards.add(new ProgressCard(p, mode == LineCard.Mode.EDIT)));
        progressCards.forEach(this::add);
        add(buttons(actions));
    }

    private Div buttons(Set<ReturnAction> actions) {
        var bar = new Div();
        bar.addClassName("return-actions");
        bar.add(new Button("History", e -> getUI().ifPresent(ui -> ui.navigate(ReturnHistoryView.class,
                new RouteParameters("returnId", String.valueOf(returnId))))));
        if (actions.contains(ReturnAction.SAVE_DRAFT)) {
            bar.add(new Button("Save draft", e -> saveOrSubmit(false)));
        }
        if (actions.contains(ReturnAction.SUBMIT)) {
            bar.add(primary("Submit return", () -> Confirmation.ask("Submit the " + quarter() + " return?",
                    "It goes to " + orRole(details().adCommissioningName(), "the AD Commissioning")
                            + " for review. You cannot change it unless it is returned to you.",
                    "Submit " + quarter() + " return", () -> saveOrSubmit(true))));
        }
        if (actions.contains(ReturnAction.APPROVE)) {
            bar.add(primary("Approve", () -> Confirmation.ask("Approve the " + quarter() + " return?",
                    "It goes to " + orRole(details().strategicDirectorName(), "the Strategic Director")
                            + " for sign-off, with your commissioning commentary. You cannot change either unless it"
                            + " is returned to you.",
                    "Approve " + quarter() + " return",
                    () -> act(() -> approvals.approve(returnId, details().version(), commissioningCommentary()),
                            "Return approved."))));
        }
        if (actions.contains(ReturnAction.RETURN_TO_DELIVERY)) {
            bar.add(new Button("Return to AD Delivery", e -> new ReasonDialog("Return to AD Delivery", reason ->
                    done(approvals.returnToDelivery(returnId, details().version(), commissioningCommentary(), reason),
                            "Return sent back.")).open()));
        }
        if (actions.contains(ReturnAction.SIGN_OFF)) {
            bar.add(primary("Sign off", () -> Confirmation.ask("Sign off the " + quarter() + " return?",
                    "It is then ready for the pack the Performance Team compiles for Cabinet, and cannot be changed"
                            + " unless Cabinet refers it back.",
                    "Sign off " + quarter() + " return",
                    () -> act(() -> approvals.signOff(returnId, details().version()), "Return signed off."))));
        }
        if (actions.contains(ReturnAction.RETURN_TO_COMMISSIONING)) {
            bar.add(new Button("Return to AD Commissioning", e -> new ReasonDialog("Return to AD Commissioning", reason ->
                    done(approvals.returnToCommissioning(returnId, details().version(), reason), "Return sent back."))
                    .open()));
        }
        if (actions.isEmpty()) {
            NotYourStep.of(details()).ifPresent(bar::add);
        }
        return bar;
    }

    /** One click, one call: everything typed goes with the version read, and the answer is the page to show next. */
    private void saveOrSubmit(boolean submit) {
        var edit = new ReturnEdit(returnId, details().version(),
                cards.stream().filter(LineCard::isDue).map(LineCard::entry).toList(),
                progressCards.stream().map(ProgressCard::entry).toList());
        showErrors(java.util.Map.of(), null);
        try {
            if (submit) {
                ReturnPage next = returns.submit(edit);
                UserAction.showSuccess("Return submitted.");
                show(next);
            } else {
                ReturnPage page = returns.save(edit);
                details = page.details();
                openedAt = java.time.LocalDateTime.now(clock);
                UserAction.showSuccess("Draft saved.");
            }
        } catch (InvalidInputException e) {
            showErrors(e.fieldErrors(), null);
        } catch (uk.co.goldenthread.base.ConflictException e) {
            new ConflictDialog(e.getMessage(), returns.changesSince(returnId, openedAt),
                    () -> show(returns.open(returnId))).open();
        } catch (DomainException e) {
            showErrors(java.util.Map.of(), e.getMessage());
        }
    }

    /**
     * Each error beside its field and, at the top, in the error summary with a link to the field; an error that
     * belongs to no field (or one this screen does not show) is listed there as it is. Nothing was saved.
     */
    private void showErrors(java.util.Map<String, String> errors, @Nullable String general) {
        List<ErrorSummary.Item> items = new ArrayList<>();
        cards.forEach(card -> items.addAll(card.showErrors(errors)));
        progressCards.forEach(card -> items.addAll(card.showErrors(errors)));
        Set<String> shown = new java.util.HashSet<>();
        cards.forEach(card -> shown.add(card.code()));
        progressCards.forEach(card -> shown.add(card.code()));
        errors.forEach((field, message) -> {
            if (!shown.contains(field.split(" ")[0])) {
                items.add(new ErrorSummary.Item(field + ": " + message, null));
            }
        });
        if (general != null) {
            items.add(new ErrorSummary.Item(general, null));
        }
        errorSummary.show(items);
    }

    /** The KBM commentary typed during review, by line: it goes with the approval or the return, in one call. */
    private java.util.Map<Long, String> commissioningCommentary() {
        java.util.Map<Long, String> commentary = new java.util.HashMap<>();
        cards.forEach(card -> {
            String text = card.commissioningCommentary();
            if (text != null) {
                commentary.put(card.lineId(), text);
            }
        });
        return commentary;
    }

    /** One click, one call: the action gives the page to show next; a refusal goes to the error summary. */
    private void act(java.util.function.Supplier<ReturnPage> action, String message) {
        try {
            done(action.get(), message);
        } catch (InvalidInputException e) {
            showErrors(e.fieldErrors(), null);
        } catch (DomainException e) {
            showErrors(java.util.Map.of(), e.getMessage());
        } catch (org.springframework.security.access.AccessDeniedException e) {
            showErrors(java.util.Map.of(), "You do not have the role needed to do that. Nothing was changed.");
        }
    }

    private ReturnDetails details() {
        if (details == null) {
            throw new IllegalStateException("The return view acts only once a return is shown");
        }
        return details;
    }

    private void done(ReturnPage next, String message) {
        UserAction.showSuccess(message);
        show(next);
    }

    private String quarter() {
        return details().period().label();
    }

    private static String orRole(String name, String role) {
        return name == null || name.isBlank() ? role : name;
    }

    private static Button primary(String text, Runnable action) {
        var button = new Button(text, e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }
}
