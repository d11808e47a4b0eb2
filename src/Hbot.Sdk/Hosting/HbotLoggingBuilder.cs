using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hbot.Sdk.Hosting;

/// <summary>The <see cref="ILoggingBuilder"/> of an <see cref="HbotApplicationBuilder"/>: logging setup lands in its services.</summary>
internal sealed class HbotLoggingBuilder(IServiceCollection services) : ILoggingBuilder
{
    public IServiceCollection Services { get; } = services;
}
