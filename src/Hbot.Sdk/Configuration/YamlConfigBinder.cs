using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using System.Text;
using Hbot.Sdk.Markets;
using YamlDotNet.RepresentationModel;

namespace Hbot.Sdk.Configuration;

/// <summary>
/// Binds YAML nodes onto plain option classes: snake_case keys map to PascalCase properties with public setters,
/// values are converted by property type and checked with the properties' validation attributes
/// (<see cref="RequiredAttribute"/>, <see cref="RangeAttribute"/>) and <see cref="IValidatableObject"/>. Every problem is
/// recorded with its file, key path and position; binding continues so all problems are reported at once.
/// </summary>
internal sealed class YamlConfigBinder(string file, List<ConfigError> errors)
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyDictionary<string, PropertyInfo>> Properties = new();

    /// <summary>
    /// Binds each entry of <paramref name="mapping"/> onto the first target that has a matching key. Keys no target
    /// knows, and required keys that are absent, are errors.
    /// </summary>
    public void BindMapping(YamlMappingNode mapping, string path, params object[] targets) => BindMapping(mapping, path, reportUnknown: true, targets);

    /// <summary>As <see cref="BindMapping(YamlMappingNode, string, object[])"/>; unknown keys are skipped silently when <paramref name="reportUnknown"/> is false.</summary>
    public void BindMapping(YamlMappingNode mapping, string path, bool reportUnknown, params object[] targets)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            var keyPath = Join(path, key);
            seen.Add(key);
            var target = targets.FirstOrDefault(t => PropertiesOf(t.GetType()).ContainsKey(key));
            if (target is null)
            {
                if (!reportUnknown) continue;
                var known = targets.SelectMany(t => PropertiesOf(t.GetType()).Keys).Order(StringComparer.Ordinal).ToArray();
                Add(keyNode, keyPath, $"unknown key{Suggest(key, known)}; expected one of: {string.Join(", ", known)}");
                continue;
            }
            var property = PropertiesOf(target.GetType())[key];
            // A section written with nothing under it (every line commented out) keeps its defaults.
            if (valueNode is YamlScalarNode { Value: null or "" or "~" or "null" } && (IsSection(property.PropertyType) || IsDictionary(property.PropertyType, out _)))
                continue;
            if (TryConvert(valueNode, property.PropertyType, keyPath, out var value)
                && Validate(property, value, valueNode, keyPath))
            {
                property.SetValue(target, value);
            }
        }
        foreach (var target in targets)
        {
            foreach (var (key, property) in PropertiesOf(target.GetType()))
            {
                if (!seen.Contains(key) && property.GetCustomAttribute<RequiredAttribute>() is not null)
                    Add(mapping, Join(path, key), $"required key is missing; expected {ExpectedForm(property.PropertyType)}");
            }
            ValidateObject(target, mapping, path);
        }
    }

    /// <summary>The snake_case key of a property name (<c>BidSpread</c> to <c>bid_spread</c>).</summary>
    public static string ToKey(string propertyName)
    {
        var sb = new StringBuilder(propertyName.Length + 4);
        for (var i = 0; i < propertyName.Length; i++)
        {
            var c = propertyName[i];
            if (char.IsUpper(c))
            {
                var previousLower = i > 0 && (char.IsLower(propertyName[i - 1]) || char.IsDigit(propertyName[i - 1]));
                var nextLower = i > 0 && i + 1 < propertyName.Length && char.IsLower(propertyName[i + 1]) && char.IsUpper(propertyName[i - 1]);
                if (previousLower || nextLower) sb.Append('_');
                sb.Append(char.ToLowerInvariant(c));
            }
            else sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>The keys a type accepts, with their properties.</summary>
    public static IReadOnlyDictionary<string, PropertyInfo> PropertiesOf(Type type) =>
        Properties.GetOrAdd(type, t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetSetMethod(nonPublic: false) is not null && p.GetIndexParameters().Length == 0)
            .ToDictionary(p => ToKey(p.Name), StringComparer.Ordinal));

    private bool TryConvert(YamlNode node, Type type, string path, out object? value)
    {
        value = null;
        var underlying = Nullable.GetUnderlyingType(type);
        if (underlying is not null)
        {
            if (node is YamlScalarNode { Value: null or "" or "~" or "null" }) return true;
            type = underlying;
        }

        if (IsDictionary(type, out var valueType))
        {
            if (node is not YamlMappingNode map) return Fail(node, path, type);
            var concrete = typeof(Dictionary<,>).MakeGenericType(typeof(string), valueType);
            var dictionary = (System.Collections.IDictionary)Activator.CreateInstance(concrete, StringComparer.OrdinalIgnoreCase)!;
            var ok = true;
            foreach (var (k, v) in map.Children)
            {
                var entryKey = (k as YamlScalarNode)?.Value ?? "";
                if (TryConvert(v, valueType, Join(path, entryKey), out var entryValue) && entryValue is not null)
                    dictionary[entryKey] = entryValue;
                else ok = false;
            }
            value = dictionary;
            return ok;
        }

        if (IsSection(type))
        {
            if (node is not YamlMappingNode section) return Fail(node, path, type);
            var instance = Activator.CreateInstance(type)!;
            var before = errors.Count;
            if (instance is IConfigSection composite)
            {
                BindMapping(section, path, [.. composite.Targets]);
                if (errors.Count == before) ValidateSection(composite, section, path);
            }
            else BindMapping(section, path, instance);
            value = instance;
            return errors.Count == before;
        }

        if (node is not YamlScalarNode scalar || scalar.Value is null) return Fail(node, path, type);
        var text = scalar.Value.Trim();
        var parsed = ParseScalar(text, type);
        if (parsed is null) return Fail(node, path, type);
        value = parsed;
        return true;
    }

    private static object? ParseScalar(string text, Type type)
    {
        const NumberStyles number = NumberStyles.Float;
        var c = CultureInfo.InvariantCulture;
        if (type == typeof(string)) return text;
        if (type == typeof(bool)) return bool.TryParse(text, out var b) ? b : null;
        if (type == typeof(int)) return int.TryParse(text, NumberStyles.Integer, c, out var i) ? i : null;
        if (type == typeof(long)) return long.TryParse(text, NumberStyles.Integer, c, out var l) ? l : null;
        if (type == typeof(decimal)) return decimal.TryParse(text, number, c, out var m) ? m : null;
        if (type == typeof(double)) return double.TryParse(text, number, c, out var d) && double.IsFinite(d) ? d : null;
        if (type == typeof(TimeSpan)) return Duration.TryParse(text, out var t) ? t : null;
        if (type == typeof(TradingPair)) return TradingPair.TryParse(text, out var p) ? p : null;
        if (type.IsEnum)
        {
            foreach (var name in Enum.GetNames(type))
                if (string.Equals(ToKey(name), text, StringComparison.OrdinalIgnoreCase)) return Enum.Parse(type, name);
            return null;
        }
        return null;
    }

    private bool Validate(PropertyInfo property, object? value, YamlNode node, string path)
    {
        foreach (var attribute in property.GetCustomAttributes<ValidationAttribute>())
        {
            if (attribute is RequiredAttribute) continue;
            if (attribute.IsValid(value)) continue;
            var shown = node is YamlScalarNode s ? $"got {s.Value}" : "got a " + NodeKind(node);
            Add(node, path, attribute switch
            {
                RangeAttribute r => $"out of range: {shown}; expected {RangeText(r)}" + (r.ErrorMessage is { Length: > 0 } hint ? $" ({hint})" : ""),
                _ => $"{attribute.FormatErrorMessage(path)} ({shown})",
            });
            return false;
        }
        return true;
    }

    private void ValidateObject(object target, YamlMappingNode mapping, string path)
    {
        if (target is not IValidatableObject validatable) return;
        foreach (var result in validatable.Validate(new ValidationContext(target)))
        {
            var member = result.MemberNames.FirstOrDefault();
            var key = member is null ? "" : ToKey(member);
            var node = mapping.Children.FirstOrDefault(kv => (kv.Key as YamlScalarNode)?.Value == key);
            Add(node.Value ?? mapping, key.Length == 0 ? path : Join(path, key), result.ErrorMessage ?? "invalid value");
        }
    }

    private void ValidateSection(IConfigSection section, YamlMappingNode mapping, string path)
    {
        try
        {
            section.Validate();
        }
        catch (ArgumentException ex)
        {
            // ParamName is a property path such as MakerFeeRate or Market.Depth: point at that key when it is written.
            var keys = (ex.ParamName ?? "").Split('.', StringSplitOptions.RemoveEmptyEntries).Select(k => ToKey(k.Split('[')[0])).ToArray();
            YamlNode node = mapping;
            var keyPath = path;
            foreach (var key in keys)
            {
                if (node is not YamlMappingNode m) break;
                var child = m.Children.FirstOrDefault(kv => (kv.Key as YamlScalarNode)?.Value == key).Value;
                keyPath = Join(keyPath, key);
                if (child is null) break;
                node = child;
            }
            Add(node, keyPath, $"out of range: {ex.Message.Split(" (Parameter")[0]}");
        }
    }

    private bool Fail(YamlNode node, string path, Type type)
    {
        var shown = node is YamlScalarNode s ? $"got '{s.Value}'" : "got a " + NodeKind(node);
        Add(node, path, $"wrong type: {shown}; expected {ExpectedForm(type)}");
        return false;
    }

    private void Add(YamlNode node, string path, string message) =>
        errors.Add(new ConfigError(file, path, (int)node.Start.Line, (int)node.Start.Column, message));

    /// <summary>How a value of the type is written, for error messages.</summary>
    public static string ExpectedForm(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string)) return "a text value";
        if (type == typeof(bool)) return "true or false";
        if (type == typeof(int) || type == typeof(long)) return "a whole number, for example 3";
        if (type == typeof(decimal) || type == typeof(double)) return "a number, for example 0.01";
        if (type == typeof(TimeSpan)) return Duration.ExpectedForm;
        if (type == typeof(TradingPair)) return "a pair in the form BASE-QUOTE, for example BTC-USDT";
        if (type.IsEnum) return "one of: " + string.Join(", ", Enum.GetNames(type).Select(ToKey));
        if (IsDictionary(type, out var valueType)) return $"a mapping of names to {ExpectedForm(valueType)}";
        return "a mapping with the keys: " + string.Join(", ", PropertiesOf(type).Keys);
    }

    private static string RangeText(RangeAttribute r)
    {
        static string Show(object o) => o switch
        {
            TimeSpan t => Duration.Format(t),
            string s when TimeSpan.TryParse(s, CultureInfo.InvariantCulture, out var t) => Duration.Format(t),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => o.ToString() ?? "",
        };
        var low = r.MinimumIsExclusive ? "greater than" : "at least";
        var high = r.MaximumIsExclusive ? "less than" : "at most";
        return $"a value {low} {Show(r.Minimum)} and {high} {Show(r.Maximum)}";
    }

    private static bool IsDictionary(Type type, out Type valueType)
    {
        valueType = typeof(object);
        if (!type.IsGenericType) return false;
        var definition = type.GetGenericTypeDefinition();
        if (definition != typeof(Dictionary<,>) && definition != typeof(IDictionary<,>)) return false;
        var args = type.GetGenericArguments();
        if (args[0] != typeof(string)) return false;
        valueType = args[1];
        return true;
    }

    private static bool IsSection(Type type) =>
        type.IsClass && type != typeof(string) && !type.IsAbstract && type.GetConstructor(Type.EmptyTypes) is not null;

    private static string NodeKind(YamlNode node) => node switch
    {
        YamlMappingNode => "mapping",
        YamlSequenceNode => "list",
        _ => "value",
    };

    private static string Join(string path, string key) => path.Length == 0 ? key : path + "." + key;

    private static string Suggest(string key, IEnumerable<string> known)
    {
        var best = known.Select(k => (k, d: Distance(k, key))).OrderBy(x => x.d).FirstOrDefault();
        return best.k is not null && best.d <= Math.Max(2, key.Length / 4) ? $" (did you mean '{best.k}'?)" : "";
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
