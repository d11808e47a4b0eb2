using System.CommandLine;
using Hbot.Sdk.Hosting;
using Hbot.Sdk.Monitoring.Stack;

namespace Hbot.Sdk.Monitoring;

/// <summary>Adds the <c>stack</c> commands to an Hbot application.</summary>
public static class StackCommandsExtensions
{
    /// <summary>
    /// Adds <c>stack generate [--manifest hbot.yml] [--out DIR]</c>, which renders every ops file from the manifest,
    /// and <c>stack check [--out DIR]</c>, which runs promtool, amtool and docker-compose on them.
    /// </summary>
    public static HbotApplicationBuilder AddStackCommands(this HbotApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Commands.Add(CreateCommand(Console.Out, Console.Error));
        return builder;
    }

    internal static Command CreateCommand(TextWriter output, TextWriter error)
    {
        var manifestOption = new Option<string>("--manifest", "-m")
        {
            Description = "The stack manifest.",
            DefaultValueFactory = _ => StackManifest.DefaultFileName,
        };
        var outOption = new Option<string?>("--out", "-o")
        {
            Description = "Directory of the generated files (default: the manifest's directory).",
        };
        var generate = new Command("generate", "Render prometheus.yml, rules, alertmanager.yml, Grafana provisioning and dashboards, the compose file and the env template from the manifest.");
        generate.Options.Add(manifestOption);
        generate.Options.Add(outOption);
        generate.SetAction(async (parse, ct) =>
        {
            var manifestPath = parse.GetValue(manifestOption)!;
            try
            {
                var manifest = await StackManifestReader.ReadFileAsync(manifestPath, ct).ConfigureAwait(false);
                var outDirectory = parse.GetValue(outOption) ?? manifest.BaseDirectory;
                var changed = await StackGenerator.WriteAsync(manifest, outDirectory, ct).ConfigureAwait(false);
                var total = StackGenerator.Render(manifest, outDirectory).Count;
                await output.WriteLineAsync($"Generated {total} files in {Path.GetFullPath(outDirectory)} ({changed.Count} changed).").ConfigureAwait(false);
                foreach (var path in changed) await output.WriteLineAsync("  wrote " + path).ConfigureAwait(false);
                return HbotExitCodes.Success;
            }
            catch (StackManifestException e)
            {
                await error.WriteLineAsync(e.Message).ConfigureAwait(false);
                return HbotExitCodes.ConfigError;
            }
        });

        var checkOut = new Option<string?>("--out", "-o") { Description = "Directory of the generated files (default: the manifest's directory)." };
        var check = new Command("check", "Check the generated files with promtool, amtool and docker-compose.");
        check.Options.Add(manifestOption);
        check.Options.Add(checkOut);
        check.SetAction(async (parse, ct) =>
        {
            var directory = parse.GetValue(checkOut) ?? Path.GetDirectoryName(Path.GetFullPath(parse.GetValue(manifestOption)!))!;
            IReadOnlyList<ToolCheck> checks;
            try
            {
                checks = await StackChecker.CheckAsync(directory, ct).ConfigureAwait(false);
            }
            catch (FileNotFoundException e)
            {
                await error.WriteLineAsync(e.Message).ConfigureAwait(false);
                return HbotExitCodes.ConfigError;
            }
            foreach (var result in checks)
            {
                var line = result.Status switch
                {
                    ToolCheckStatus.Passed => $"ran     {result.CommandLine}: ok",
                    ToolCheckStatus.Failed => $"ran     {result.CommandLine}: FAILED{Environment.NewLine}{result.Output.TrimEnd()}",
                    _ => $"missing {result.Tool}: not installed (Debian package '{result.DebianPackage}'); {result.CommandLine} not run",
                };
                await output.WriteLineAsync(line).ConfigureAwait(false);
            }
            var failed = checks.Count(c => c.Status == ToolCheckStatus.Failed);
            var missing = checks.Where(c => c.Status == ToolCheckStatus.Missing).Select(c => c.Tool).Distinct().ToList();
            await output.WriteLineAsync($"{checks.Count(c => c.Status == ToolCheckStatus.Passed)} passed, {failed} failed, missing tools: {(missing.Count == 0 ? "none" : string.Join(", ", missing))}.").ConfigureAwait(false);
            return failed > 0 ? HbotExitCodes.Failure : HbotExitCodes.Success;
        });

        var stack = new Command("stack", "Generate and check the monitoring stack (Prometheus, Alertmanager, Grafana, compose) from hbot.yml.");
        stack.Subcommands.Add(generate);
        stack.Subcommands.Add(check);
        return stack;
    }
}
