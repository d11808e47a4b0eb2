namespace Hbot.Sdk.Connectors.Bitget.Sockets;

/// <summary>What happened to a book push.</summary>
public enum BitgetBookApplyResult
{
    /// <summary>Applied and consistent.</summary>
    Applied,
    /// <summary>Ignored: no snapshot yet, or an old or repeated sequence.</summary>
    Ignored,
    /// <summary>The previous sequence did not match: the book was discarded.</summary>
    SequenceGap,
    /// <summary>The computed checksum differed from the pushed one: the book was discarded.</summary>
    ChecksumMismatch,
    /// <summary>Best bid reached best ask: the book was discarded.</summary>
    Crossed,
}
