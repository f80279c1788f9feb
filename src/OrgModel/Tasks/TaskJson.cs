namespace OrgModel.Tasks;

/// <summary>Small writers shared by the task converters.</summary>
internal static class TaskJson
{
    /// <summary>Writes a flag only when set, so objects written before the flag existed keep their form.</summary>
    public static void Flag(Utf8JsonWriter writer, JsonEncodedText name, bool value)
    {
        if (value)
        {
            writer.WriteBoolean(name, true);
        }
    }
}
