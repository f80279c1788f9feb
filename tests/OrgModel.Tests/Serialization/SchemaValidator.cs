using System.Text.Json;
using System.Text.RegularExpressions;
using NodaTime.Text;

namespace OrgModel.Tests.Serialization;

/// <summary>
/// A validator for the subset of JSON Schema 2020-12 that docs/schema uses (type, properties, required,
/// additionalProperties false, anyOf, enum, items, minLength, maxLength, pattern, format date, $ref to sibling files and
/// their $defs), so the published schemas are checked against real serializer output without another dependency.
/// </summary>
internal sealed class SchemaValidator
{
    private readonly string directory;
    private readonly Dictionary<string, JsonElement> files = [];

    public SchemaValidator(string directory) => this.directory = directory;

    public static string SchemaDirectory
    {
        get
        {
            for (DirectoryInfo? d = new(AppContext.BaseDirectory); d is not null; d = d.Parent)
            {
                if (File.Exists(Path.Combine(d.FullName, "OrgModel.sln")))
                {
                    return Path.Combine(d.FullName, "docs", "schema");
                }
            }

            throw new DirectoryNotFoundException("OrgModel.sln was not found above the test binaries.");
        }
    }

    /// <summary>Returns every violation of <paramref name="json"/> against a schema file ("" when valid).</summary>
    public IReadOnlyList<string> Validate(string schemaFile, string json)
    {
        using JsonDocument doc = JsonDocument.Parse(json);
        var errors = new List<string>();
        Check(Load(schemaFile), schemaFile, doc.RootElement, "$", errors);
        return errors;
    }

    public JsonElement Load(string file)
    {
        if (!files.TryGetValue(file, out JsonElement root))
        {
            root = JsonDocument.Parse(File.ReadAllText(Path.Combine(directory, file))).RootElement.Clone();
            files[file] = root;
        }

        return root;
    }

    private void Check(JsonElement schema, string file, JsonElement value, string path, List<string> errors)
    {
        foreach (JsonProperty keyword in schema.EnumerateObject())
        {
            switch (keyword.Name)
            {
                case "$ref":
                    string target = keyword.Value.GetString()!;
                    string[] parts = target.Split('#', 2);
                    string refFile = parts[0].Length == 0 ? file : parts[0];
                    JsonElement resolved = Load(refFile);
                    if (parts.Length == 2 && parts[1].Length > 0)
                    {
                        foreach (string segment in parts[1].Trim('/').Split('/'))
                        {
                            resolved = resolved.GetProperty(segment);
                        }
                    }

                    Check(resolved, refFile, value, path, errors);
                    break;
                case "type":
                    string expected = keyword.Value.GetString()!;
                    string actual = value.ValueKind switch
                    {
                        JsonValueKind.Object => "object",
                        JsonValueKind.Array => "array",
                        JsonValueKind.String => "string",
                        JsonValueKind.Number => value.TryGetInt64(out _) ? "integer" : "number",
                        JsonValueKind.True or JsonValueKind.False => "boolean",
                        _ => "null",
                    };
                    if (actual != expected && !(expected == "number" && actual == "integer"))
                    {
                        errors.Add($"{path}: {actual} where the schema wants {expected}");
                    }

                    break;
                case "anyOf":
                    List<string>[] branches = [.. keyword.Value.EnumerateArray().Select(branch =>
                    {
                        var branchErrors = new List<string>();
                        Check(branch, file, value, path, branchErrors);
                        return branchErrors;
                    })];
                    if (branches.All(b => b.Count > 0))
                    {
                        errors.Add($"{path}: matches none of the anyOf branches ({string.Join(" | ", branches.Select(b => b[0]))})");
                    }

                    break;
                case "enum":
                    if (!keyword.Value.EnumerateArray().Any(e => JsonElement.DeepEquals(e, value)))
                    {
                        errors.Add($"{path}: {value} is not in the schema's enum");
                    }

                    break;
                case "required" when value.ValueKind == JsonValueKind.Object:
                    foreach (JsonElement name in keyword.Value.EnumerateArray())
                    {
                        if (!value.TryGetProperty(name.GetString()!, out _))
                        {
                            errors.Add($"{path}: required member {name} is missing");
                        }
                    }

                    break;
                case "properties" when value.ValueKind == JsonValueKind.Object:
                    foreach (JsonProperty member in value.EnumerateObject())
                    {
                        if (keyword.Value.TryGetProperty(member.Name, out JsonElement sub))
                        {
                            Check(sub, file, member.Value, $"{path}.{member.Name}", errors);
                        }
                        else if (schema.TryGetProperty("additionalProperties", out JsonElement ap) && ap.ValueKind == JsonValueKind.False)
                        {
                            errors.Add($"{path}: member {member.Name} is not in the schema");
                        }
                    }

                    break;
                case "items" when value.ValueKind == JsonValueKind.Array:
                    int i = 0;
                    foreach (JsonElement item in value.EnumerateArray())
                    {
                        Check(keyword.Value, file, item, $"{path}[{i++}]", errors);
                    }

                    break;
                case "minLength" when value.ValueKind == JsonValueKind.String:
                    if (value.GetString()!.Length < keyword.Value.GetInt32())
                    {
                        errors.Add($"{path}: shorter than {keyword.Value}");
                    }

                    break;
                case "maxLength" when value.ValueKind == JsonValueKind.String:
                    if (value.GetString()!.Length > keyword.Value.GetInt32())
                    {
                        errors.Add($"{path}: longer than {keyword.Value}");
                    }

                    break;
                case "pattern" when value.ValueKind == JsonValueKind.String:
                    if (!Regex.IsMatch(value.GetString()!, keyword.Value.GetString()!))
                    {
                        errors.Add($"{path}: \"{value.GetString()}\" does not match {keyword.Value}");
                    }

                    break;
                case "format" when value.ValueKind == JsonValueKind.String && keyword.Value.GetString() == "date":
                    if (!LocalDatePattern.Iso.Parse(value.GetString()!).Success)
                    {
                        errors.Add($"{path}: \"{value.GetString()}\" is not a date");
                    }

                    break;
                default:
                    break;
            }
        }
    }
}
