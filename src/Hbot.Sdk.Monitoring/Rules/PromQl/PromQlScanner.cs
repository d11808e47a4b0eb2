using System.Globalization;

namespace Hbot.Sdk.Monitoring.Rules.PromQl;

/// <summary>
/// A focused PromQL tokenizer and walker: finds metric selectors (with the functions around them and their
/// ranges), function calls and range durations. It is not a full parser; it understands just enough structure
/// (calls, aggregation modifiers, label lists, matchers, ranges and subqueries) to lint rules.
/// </summary>
public static class PromQlScanner
{
    private static readonly HashSet<string> Aggregations = new(StringComparer.Ordinal)
    {
        "sum", "avg", "min", "max", "count", "group", "stddev", "stdvar", "topk", "bottomk", "quantile", "count_values", "limitk", "limit_ratio",
    };

    private static readonly HashSet<string> LabelListKeywords = new(StringComparer.Ordinal)
    {
        "by", "without", "on", "ignoring", "group_left", "group_right",
    };

    private static readonly HashSet<string> OperatorKeywords = new(StringComparer.Ordinal)
    {
        "and", "or", "unless", "bool", "offset", "atan2",
    };

    /// <summary>Splits an expression into tokens.</summary>
    /// <exception cref="PromQlSyntaxException">An unterminated string or an unknown character.</exception>
    public static IReadOnlyList<PromQlToken> Tokenize(string expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        var tokens = new List<PromQlToken>();
        var i = 0;
        while (i < expression.Length)
        {
            var c = expression[i];
            var start = i;
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c == '#')
            {
                while (i < expression.Length && expression[i] != '\n') i++;
            }
            else if (char.IsAsciiLetter(c) || c == '_' || c == ':' && tokens.LastOrDefault()?.Kind != PromQlTokenKind.Duration)
            {
                if (c == ':' && !IsIdentifierStartAfterColon(expression, i))
                {
                    tokens.Add(new PromQlToken(PromQlTokenKind.Colon, ":", i++));
                    continue;
                }
                while (i < expression.Length && (char.IsAsciiLetterOrDigit(expression[i]) || expression[i] is '_' or ':')) i++;
                var word = expression[start..i];
                var kind = word.Equals("inf", StringComparison.OrdinalIgnoreCase) || word.Equals("nan", StringComparison.OrdinalIgnoreCase)
                    ? PromQlTokenKind.Number
                    : PromQlTokenKind.Identifier;
                tokens.Add(new PromQlToken(kind, word, start));
            }
            else if (char.IsAsciiDigit(c) || c == '.' && i + 1 < expression.Length && char.IsAsciiDigit(expression[i + 1]))
            {
                tokens.Add(ReadNumberOrDuration(expression, ref i));
            }
            else if (c is '"' or '\'' or '`')
            {
                i++;
                while (i < expression.Length && expression[i] != c)
                {
                    if (expression[i] == '\\' && c != '`') i++;
                    i++;
                }
                if (i >= expression.Length) throw new PromQlSyntaxException(expression, start, "unterminated string");
                i++;
                tokens.Add(new PromQlToken(PromQlTokenKind.String, expression[start..i], start));
            }
            else
            {
                var kind = c switch
                {
                    '(' => PromQlTokenKind.LeftParen,
                    ')' => PromQlTokenKind.RightParen,
                    '{' => PromQlTokenKind.LeftBrace,
                    '}' => PromQlTokenKind.RightBrace,
                    '[' => PromQlTokenKind.LeftBracket,
                    ']' => PromQlTokenKind.RightBracket,
                    ',' => PromQlTokenKind.Comma,
                    ':' => PromQlTokenKind.Colon,
                    '+' or '-' or '*' or '/' or '%' or '^' or '=' or '!' or '<' or '>' or '~' or '@' => PromQlTokenKind.Operator,
                    _ => throw new PromQlSyntaxException(expression, i, $"unexpected character '{c}'"),
                };
                if (kind == PromQlTokenKind.Operator)
                {
                    i++;
                    // Two-character operators: ==, !=, <=, >=, =~, !~.
                    if (i < expression.Length && expression[i] is '=' or '~' && c is '=' or '!' or '<' or '>') i++;
                    tokens.Add(new PromQlToken(kind, expression[start..i], start));
                }
                else
                {
                    tokens.Add(new PromQlToken(kind, c.ToString(), i++));
                }
            }
        }
        return tokens;
    }

    /// <summary>Scans an expression for selectors, functions and ranges.</summary>
    /// <exception cref="PromQlSyntaxException">Tokens that cannot be read or brackets that do not balance.</exception>
    public static PromQlScan Scan(string expression)
    {
        var tokens = Tokenize(expression);
        var selectors = new List<MetricSelector>();
        var functions = new List<string>();
        var ranges = new List<TimeSpan>();
        // Each open parenthesis is either a call (function name) or a plain group (null).
        var frames = new Stack<string?>();
        var i = 0;
        while (i < tokens.Count)
        {
            var token = tokens[i];
            switch (token.Kind)
            {
                case PromQlTokenKind.Identifier:
                    i = ScanIdentifier(expression, tokens, i, frames, selectors, functions, ranges);
                    break;
                case PromQlTokenKind.LeftParen:
                    frames.Push(null);
                    i++;
                    break;
                case PromQlTokenKind.RightParen:
                    if (frames.Count == 0) throw new PromQlSyntaxException(expression, token.Position, "unbalanced ')'");
                    frames.Pop();
                    i++;
                    break;
                case PromQlTokenKind.LeftBrace:
                    // A selector without a metric name ({job="x"}): the linter has no name to check, so only skip it.
                    i = SkipPast(expression, tokens, i, PromQlTokenKind.RightBrace);
                    i = ReadRange(expression, tokens, i, ranges, out _);
                    break;
                case PromQlTokenKind.LeftBracket:
                    // A subquery range after a closing parenthesis.
                    i = ReadRange(expression, tokens, i, ranges, out _);
                    break;
                case PromQlTokenKind.RightBrace or PromQlTokenKind.RightBracket:
                    throw new PromQlSyntaxException(expression, token.Position, $"unbalanced '{token.Text}'");
                default:
                    i++;
                    break;
            }
        }
        if (frames.Count > 0) throw new PromQlSyntaxException(expression, expression.Length, "missing ')'");
        return new PromQlScan(expression, selectors, functions, ranges);
    }

    private static int ScanIdentifier(string expression, IReadOnlyList<PromQlToken> tokens, int i, Stack<string?> frames,
        List<MetricSelector> selectors, List<string> functions, List<TimeSpan> ranges)
    {
        var token = tokens[i];
        var name = token.Text;
        var next = i + 1 < tokens.Count ? tokens[i + 1] : null;
        if (LabelListKeywords.Contains(name))
        {
            return next?.Kind == PromQlTokenKind.LeftParen ? SkipPast(expression, tokens, i + 1, PromQlTokenKind.RightParen) : i + 1;
        }
        if (OperatorKeywords.Contains(name)) return i + 1;
        if (next?.Kind == PromQlTokenKind.LeftParen)
        {
            functions.Add(name);
            frames.Push(name);
            return i + 2;
        }
        if (Aggregations.Contains(name) && next is { Kind: PromQlTokenKind.Identifier, Text: "by" or "without" })
        {
            var afterModifier = SkipPast(expression, tokens, i + 2, PromQlTokenKind.RightParen);
            if (afterModifier >= tokens.Count || tokens[afterModifier].Kind != PromQlTokenKind.LeftParen)
                throw new PromQlSyntaxException(expression, token.Position, $"aggregation '{name}' has no body");
            functions.Add(name);
            frames.Push(name);
            return afterModifier + 1;
        }
        var j = i + 1;
        if (j < tokens.Count && tokens[j].Kind == PromQlTokenKind.LeftBrace) j = SkipPast(expression, tokens, j, PromQlTokenKind.RightBrace);
        j = ReadRange(expression, tokens, j, ranges, out var range);
        var enclosing = frames.Where(f => f is not null).Select(f => f!).ToList();
        selectors.Add(new MetricSelector(name, enclosing, range, token.Position));
        return j;
    }

    /// <summary>Reads <c>[range]</c> or <c>[range:step]</c> at <paramref name="i"/> when present.</summary>
    private static int ReadRange(string expression, IReadOnlyList<PromQlToken> tokens, int i, List<TimeSpan> ranges, out TimeSpan? range)
    {
        range = null;
        if (i >= tokens.Count || tokens[i].Kind != PromQlTokenKind.LeftBracket) return i;
        var open = tokens[i];
        if (i + 1 >= tokens.Count || tokens[i + 1].Kind != PromQlTokenKind.Duration)
            throw new PromQlSyntaxException(expression, open.Position, "a range needs a duration such as [5m]");
        range = PromDuration.Parse(tokens[i + 1].Text);
        ranges.Add(range.Value);
        return SkipPast(expression, tokens, i, PromQlTokenKind.RightBracket);
    }

    /// <summary>Skips from an opening token at <paramref name="open"/> past its matching closing token.</summary>
    private static int SkipPast(string expression, IReadOnlyList<PromQlToken> tokens, int open, PromQlTokenKind close)
    {
        var opening = tokens[open].Kind;
        var depth = 0;
        for (var i = open; i < tokens.Count; i++)
        {
            if (tokens[i].Kind == opening) depth++;
            else if (tokens[i].Kind == close && --depth == 0) return i + 1;
        }
        throw new PromQlSyntaxException(expression, tokens[open].Position, $"'{tokens[open].Text}' is not closed");
    }

    private static PromQlToken ReadNumberOrDuration(string expression, ref int i)
    {
        var start = i;
        if (expression[i] == '0' && i + 1 < expression.Length && expression[i + 1] is 'x' or 'X')
        {
            i += 2;
            while (i < expression.Length && char.IsAsciiHexDigit(expression[i])) i++;
            return new PromQlToken(PromQlTokenKind.Number, expression[start..i], start);
        }
        while (i < expression.Length && char.IsAsciiDigit(expression[i])) i++;
        var afterDigits = i;
        if (PromDuration.ReadUnit(expression, ref i) is not null && !ContinuesIdentifier(expression, i))
        {
            // A duration, possibly compound (1h30m).
            while (i < expression.Length && char.IsAsciiDigit(expression[i]))
            {
                var before = i;
                while (i < expression.Length && char.IsAsciiDigit(expression[i])) i++;
                if (PromDuration.ReadUnit(expression, ref i) is null)
                {
                    i = before;
                    break;
                }
            }
            return new PromQlToken(PromQlTokenKind.Duration, expression[start..i], start);
        }
        i = afterDigits;
        if (i < expression.Length && expression[i] == '.')
        {
            i++;
            while (i < expression.Length && char.IsAsciiDigit(expression[i])) i++;
        }
        if (i < expression.Length && expression[i] is 'e' or 'E')
        {
            var exponent = i + 1;
            if (exponent < expression.Length && expression[exponent] is '+' or '-') exponent++;
            if (exponent < expression.Length && char.IsAsciiDigit(expression[exponent]))
            {
                i = exponent;
                while (i < expression.Length && char.IsAsciiDigit(expression[i])) i++;
            }
        }
        var text = expression[start..i];
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            throw new PromQlSyntaxException(expression, start, $"'{text}' is not a number");
        return new PromQlToken(PromQlTokenKind.Number, text, start);
    }

    private static bool ContinuesIdentifier(string expression, int i) =>
        i < expression.Length && (char.IsAsciiLetter(expression[i]) || expression[i] == '_');

    private static bool IsIdentifierStartAfterColon(string expression, int i) =>
        i + 1 < expression.Length && (char.IsAsciiLetter(expression[i + 1]) || expression[i + 1] == '_');
}
