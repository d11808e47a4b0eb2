namespace Hbot.Sdk.Configuration;

/// <summary>
/// A config section whose keys are spread over several option objects (for example the paper exchange's options
/// and its market), with a whole-section check after binding.
/// </summary>
internal interface IConfigSection
{
    /// <summary>The objects the section's keys bind to, in lookup order.</summary>
    IReadOnlyList<object> Targets { get; }

    /// <summary>Checks the bound values together; throws <see cref="ArgumentException"/> naming the property.</summary>
    void Validate();
}
