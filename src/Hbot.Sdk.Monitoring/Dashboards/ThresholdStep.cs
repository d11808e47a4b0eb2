namespace Hbot.Sdk.Monitoring.Dashboards;

/// <summary>One absolute threshold step: from <see cref="From"/> upwards the value shows in <see cref="Color"/>.</summary>
/// <param name="Color">A Grafana colour name, for example <c>green</c>, <c>orange</c> or <c>red</c>.</param>
/// <param name="From">The lower bound; <see langword="null"/> for the base step.</param>
public sealed record ThresholdStep(string Color, double? From);
