using PolicyPortal.Core.Policies;
using PolicyPortal.Core.Ports;
using PolicyPortal.Core.Validation;
using PolicyPortal.Core.Wizard;

namespace PolicyPortal.Web.Policies;

/// <summary>Moving between steps, edits, and the package context the rules check against.</summary>
public sealed partial class PolicyWizardSession
{
    /// <summary>Something in the draft changed: re-check what is shown, refresh the Review's JSON, autosave soon.</summary>
    public Task ChangedAsync() => GuardedAsync(async () =>
    {
        if (Wizard is null)
        {
            return;
        }
        // A newly chosen package's policies first: the package-wide rules check against them.
        await EnsurePackageContextAsync();
        if (!Shown.IsValid)
        {
            Shown = Wizard.CurrentStep == WizardStep.Review ? Wizard.ValidateAll() : Wizard.ValidateCurrentStep();
        }
        KnockOn = Wizard.KnockOnIssues();
        RefreshPreview();
        ScheduleSave();
    });

    public Task NextAsync() => GuardedAsync(async () =>
    {
        await EnsurePackageContextAsync();
        await ArrivedAsync(Wizard!.TryGoForward());
    });

    public Task BackAsync() => GuardedAsync(async () =>
    {
        Wizard!.GoBack();
        await ArrivedAsync(PolicyValidationReport.Valid);
    });

    public Task GoToAsync(WizardStep step) => GuardedAsync(async () =>
    {
        await EnsurePackageContextAsync();
        await ArrivedAsync(Wizard!.GoTo(step));
    });

    /// <summary>A resumed draft opens at the step it was saved at, before the wizard first renders: the stepper starts
    /// there, and nothing depends on which render comes first. A step the draft can no longer reach (its earlier steps
    /// now have issues) stops at the first of those.</summary>
    private void ResumeAtSavedStep()
    {
        if (Record?.CurrentStep is { } name && WizardStep.FromName(name) is { } step)
        {
            Wizard!.GoTo(step);
            MarkLeftBefore(Wizard.CurrentStep);
            RefreshPreview();
        }
    }

    private async Task ArrivedAsync(PolicyValidationReport blocking)
    {
        var step = Wizard!.CurrentStep;
        MarkLeftBefore(step);
        if (!blocking.IsValid)
        {
            // The admin tried to leave this step and could not: now it shows its errors, and the summary takes focus.
            _left.Add(step);
            BlockedLeaves++;
        }
        Shown = !blocking.IsValid ? blocking : step == WizardStep.Review ? Wizard.ValidateAll() : PolicyValidationReport.Valid;
        KnockOn = [];
        RefreshPreview();
        // The step shows first and is stored once it is on the admin's screen: storing it (serializing the draft, and
        // SQLite's writes complete synchronously) would otherwise take the two cores from the render on its way to the
        // browser (docs/benchmarks.md, item 4). A form that closes before then stores it as it closes.
        await _onScreen();
        await SaveNowAsync();
    }

    /// <summary>A step shows its errors once the admin has left it or tried to, never on arrival.</summary>
    private void MarkLeftBefore(WizardStep step) => _left.UnionWith(WizardStep.All.Where(s => s.Index < step.Index));

    /// <summary>The Review's JSON follows the draft; on other steps nothing is prepared.</summary>
    private void RefreshPreview()
    {
        if (Wizard?.CurrentStep == WizardStep.Review)
        {
            Preview = TryPrepare();
        }
    }

    private PreparedPolicy? TryPrepare()
    {
        try
        {
            return gateway.Prepare(Wizard!.Draft);
        }
        catch (Exception error) when (error is InvalidOperationException or ArgumentException or FormatException)
        {
            // A draft too incomplete to map: the checks list says what is missing.
            return null;
        }
    }

    private void StartLoadingPackagePolicies(string? packageId)
    {
        _contextPackageId = packageId;
        _packagePoliciesLoad = packageId is null ? Task.FromResult<IReadOnlyList<PolicyDraft>>([]) : GraphAsync(ct => gateway.ListAsync(packageId, ct));
    }

    /// <summary>The chosen package's policies (for the package-wide rules and the lint), loaded once per package and
    /// awaited before anything validates: a package chosen a moment ago is checked against its own policies.</summary>
    private async Task EnsurePackageContextAsync()
    {
        if (Wizard is null)
        {
            return;
        }
        if (_packagePoliciesLoad is null || Wizard.Draft.AccessPackage.Id != _contextPackageId)
        {
            StartLoadingPackagePolicies(Wizard.Draft.AccessPackage.Id);
        }
        var load = _packagePoliciesLoad!;
        IReadOnlyList<PolicyDraft> policies;
        try
        {
            policies = await load;
        }
        catch (GatewayException error)
        {
            _packagePoliciesLoad = null; // asked again at the next check
            ContextProblem = $"The package's other policies could not be read, so the checks across them (at most 10 policies, one auto-assignment policy) wait until they can: {error.Message}";
            return;
        }
        if (load != _packagePoliciesLoad)
        {
            return; // another package was chosen meanwhile; its own load applies
        }
        ContextProblem = null;
        PackagePolicies = policies;
        Wizard.Context = new PackagePolicyContext(policies
            .Select(p => new ExistingPolicy(p.Id ?? string.Empty, p.DisplayName, p.IsAutoAssignment))
            .ToList());
    }
}
