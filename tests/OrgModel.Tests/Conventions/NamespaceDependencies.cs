using System.Collections.Immutable;
using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace OrgModel.Tests.Conventions;

/// <summary>
/// Reads which of the library's namespaces each namespace uses, from the compiled assembly: base types, interfaces,
/// signatures of fields, methods and properties, local variables, every token in method bodies, and the types named
/// in attributes (<c>[JsonConverter(typeof(X))]</c> counts). Compiler-generated nested types (closures, iterators)
/// count for the namespace of the type that declares them.
/// </summary>
internal sealed class NamespaceDependencies
{
    private static readonly Dictionary<short, OperandType> Operands = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value, o => o.OperandType);

    private readonly MetadataReader md;
    private readonly PEReader pe;
    private readonly NamespaceProvider provider;
    private readonly Dictionary<string, Dictionary<string, string>> edges = new(StringComparer.Ordinal);

    private NamespaceDependencies(PEReader pe)
    {
        this.pe = pe;
        md = pe.GetMetadataReader();
        provider = new NamespaceProvider(this);
    }

    /// <summary>Gets, per namespace, the namespaces it uses, each with one example of why ("Type → Type").</summary>
    public IReadOnlyDictionary<string, Dictionary<string, string>> Edges => edges;

    /// <summary>Reads the dependencies of an assembly's namespaces that start with <paramref name="prefix"/>.</summary>
    public static NamespaceDependencies Read(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        var deps = new NamespaceDependencies(pe);
        deps.ReadAll();
        return deps;
    }

    /// <summary>Finds the strongly connected groups of more than one namespace (each is at least one cycle).</summary>
    public List<List<string>> Cycles()
    {
        var index = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var onStack = new HashSet<string>();
        var result = new List<List<string>>();
        int counter = 0;
        foreach (string node in edges.Keys.Order(StringComparer.Ordinal))
        {
            if (!index.ContainsKey(node))
            {
                Visit(node);
            }
        }

        return result;

        void Visit(string v)
        {
            index[v] = low[v] = counter++;
            stack.Push(v);
            onStack.Add(v);
            IEnumerable<string> targets = edges.TryGetValue(v, out var uses) ? uses.Keys : [];
            foreach (string w in targets)
            {
                if (!index.TryGetValue(w, out int wIndex))
                {
                    Visit(w);
                    low[v] = Math.Min(low[v], low[w]);
                }
                else if (onStack.Contains(w))
                {
                    low[v] = Math.Min(low[v], wIndex);
                }
            }

            if (low[v] == index[v])
            {
                var group = new List<string>();
                string w;
                do
                {
                    w = stack.Pop();
                    onStack.Remove(w);
                    group.Add(w);
                }
                while (w != v);
                if (group.Count > 1)
                {
                    group.Sort(StringComparer.Ordinal);
                    result.Add(group);
                }
            }
        }
    }

    private void ReadAll()
    {
        foreach (TypeDefinitionHandle h in md.TypeDefinitions)
        {
            TypeDefinition type = md.GetTypeDefinition(h);
            string? ns = NamespaceOf(h);
            if (ns is null)
            {
                continue;
            }

            string from = TypeName(h);
            edges.TryAdd(ns, new Dictionary<string, string>(StringComparer.Ordinal));
            Use(ns, from, type.BaseType);
            foreach (InterfaceImplementationHandle i in type.GetInterfaceImplementations())
            {
                Use(ns, from, md.GetInterfaceImplementation(i).Interface);
            }

            Attributes(ns, from, type.GetCustomAttributes());
            foreach (FieldDefinitionHandle f in type.GetFields())
            {
                FieldDefinition field = md.GetFieldDefinition(f);
                Add(ns, from, field.DecodeSignature(provider, null));
                Attributes(ns, from, field.GetCustomAttributes());
            }

            foreach (PropertyDefinitionHandle p in type.GetProperties())
            {
                PropertyDefinition property = md.GetPropertyDefinition(p);
                Signature(ns, from, property.DecodeSignature(provider, null));
                Attributes(ns, from, property.GetCustomAttributes());
            }

            foreach (MethodDefinitionHandle m in type.GetMethods())
            {
                MethodDefinition method = md.GetMethodDefinition(m);
                Signature(ns, from, method.DecodeSignature(provider, null));
                Attributes(ns, from, method.GetCustomAttributes());
                foreach (ParameterHandle p in method.GetParameters())
                {
                    Attributes(ns, from, md.GetParameter(p).GetCustomAttributes());
                }

                if (method.RelativeVirtualAddress != 0)
                {
                    Body(ns, from, pe.GetMethodBody(method.RelativeVirtualAddress));
                }
            }
        }
    }

    private void Body(string ns, string from, MethodBodyBlock body)
    {
        if (!body.LocalSignature.IsNil)
        {
            foreach (string[] local in md.GetStandaloneSignature(body.LocalSignature).DecodeLocalSignature(provider, null))
            {
                Add(ns, from, local);
            }
        }

        BlobReader il = body.GetILReader();
        while (il.RemainingBytes > 0)
        {
            short code = il.ReadByte();
            if (code == 0xFE)
            {
                code = unchecked((short)(0xFE00 | il.ReadByte()));
            }

            switch (Operands[code])
            {
                case OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineTok or OperandType.InlineType:
                    Use(ns, from, MetadataTokens.EntityHandle(il.ReadInt32()));
                    break;
                case OperandType.InlineSig or OperandType.InlineString or OperandType.InlineI or OperandType.InlineBrTarget or OperandType.ShortInlineR:
                    il.ReadInt32();
                    break;
                case OperandType.InlineI8 or OperandType.InlineR:
                    il.ReadInt64();
                    break;
                case OperandType.InlineVar:
                    il.ReadInt16();
                    break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                    il.ReadByte();
                    break;
                case OperandType.InlineSwitch:
                    int n = il.ReadInt32();
                    il.Offset += 4 * n;
                    break;
            }
        }
    }

    private void Attributes(string ns, string from, CustomAttributeHandleCollection attributes)
    {
        foreach (CustomAttributeHandle a in attributes)
        {
            CustomAttribute attribute = md.GetCustomAttribute(a);
            Use(ns, from, attribute.Constructor);
            CustomAttributeValue<string[]> value;
            try
            {
                value = attribute.DecodeValue(provider);
            }
            catch (BadImageFormatException)
            {
                continue;
            }

            foreach (CustomAttributeTypedArgument<string[]> arg in value.FixedArguments)
            {
                Argument(ns, from, arg);
            }

            foreach (CustomAttributeNamedArgument<string[]> arg in value.NamedArguments)
            {
                Argument(ns, from, new CustomAttributeTypedArgument<string[]>(arg.Type, arg.Value));
            }
        }
    }

    private void Argument(string ns, string from, CustomAttributeTypedArgument<string[]> arg)
    {
        if (arg.Value is string[] named)
        {
            Add(ns, from, named);
        }
        else if (arg.Value is ImmutableArray<CustomAttributeTypedArgument<string[]>> items)
        {
            foreach (var item in items)
            {
                Argument(ns, from, item);
            }
        }
    }

    private void Signature(string ns, string from, MethodSignature<string[]> signature)
    {
        Add(ns, from, signature.ReturnType);
        foreach (string[] p in signature.ParameterTypes)
        {
            Add(ns, from, p);
        }
    }

    private void Use(string ns, string from, EntityHandle handle)
    {
        if (handle.IsNil)
        {
            return;
        }

        switch (handle.Kind)
        {
            case HandleKind.TypeDefinition:
                Add(ns, from, [Key((TypeDefinitionHandle)handle)]);
                break;
            case HandleKind.TypeSpecification:
                Add(ns, from, md.GetTypeSpecification((TypeSpecificationHandle)handle).DecodeSignature(provider, null));
                break;
            case HandleKind.MethodDefinition:
                Use(ns, from, md.GetMethodDefinition((MethodDefinitionHandle)handle).GetDeclaringType());
                break;
            case HandleKind.FieldDefinition:
                Use(ns, from, md.GetFieldDefinition((FieldDefinitionHandle)handle).GetDeclaringType());
                break;
            case HandleKind.MemberReference:
                MemberReference member = md.GetMemberReference((MemberReferenceHandle)handle);
                Use(ns, from, member.Parent);
                if (member.GetKind() == MemberReferenceKind.Method)
                {
                    Signature(ns, from, member.DecodeMethodSignature(provider, null));
                }

                break;
            case HandleKind.MethodSpecification:
                MethodSpecification spec = md.GetMethodSpecification((MethodSpecificationHandle)handle);
                Use(ns, from, spec.Method);
                foreach (string[] t in spec.DecodeSignature(provider, null))
                {
                    Add(ns, from, t);
                }

                break;
        }
    }

    private void Add(string ns, string from, string[] keys)
    {
        foreach (string key in keys)
        {
            int bar = key.IndexOf('|', StringComparison.Ordinal);
            string targetNs = key[..bar];
            if (targetNs.Length > 0 && targetNs != ns)
            {
                edges[ns].TryAdd(targetNs, $"{from} → {key[(bar + 1)..]}");
            }
        }
    }

    /// <summary>"namespace|TypeName" of one of the library's types, or nothing for types outside the library's namespaces.</summary>
    private string Key(TypeDefinitionHandle h) => NamespaceOf(h) is { } ns ? $"{ns}|{TypeName(h)}" : "|";

    private string? NamespaceOf(TypeDefinitionHandle h)
    {
        TypeDefinition type = md.GetTypeDefinition(h);
        while (type.IsNested)
        {
            type = md.GetTypeDefinition(type.GetDeclaringType());
        }

        string ns = md.GetString(type.Namespace);
        return ns == "OrgModel" || ns.StartsWith("OrgModel.", StringComparison.Ordinal) ? ns : null;
    }

    private string TypeName(TypeDefinitionHandle h)
    {
        TypeDefinition type = md.GetTypeDefinition(h);
        string name = md.GetString(type.Name);
        return type.IsNested ? TypeName(type.GetDeclaringType()) + "." + name : name;
    }

    /// <summary>Decodes signatures into the list of the library's types they mention ("namespace|Type").</summary>
    private sealed class NamespaceProvider(NamespaceDependencies outer) : ISignatureTypeProvider<string[], object?>, ICustomAttributeTypeProvider<string[]>
    {
        // System.Type must be recognised, or the decoder reads a typeof() argument of an attribute as an enum.
        private static readonly string[] SystemType = ["|System.Type"];

        public string[] GetArrayType(string[] elementType, ArrayShape shape) => elementType;

        public string[] GetByReferenceType(string[] elementType) => elementType;

        public string[] GetFunctionPointerType(MethodSignature<string[]> signature) => [.. signature.ReturnType, .. signature.ParameterTypes.SelectMany(p => p)];

        public string[] GetGenericInstantiation(string[] genericType, ImmutableArray<string[]> typeArguments) => [.. genericType, .. typeArguments.SelectMany(t => t)];

        public string[] GetGenericMethodParameter(object? genericContext, int index) => [];

        public string[] GetGenericTypeParameter(object? genericContext, int index) => [];

        public string[] GetModifiedType(string[] modifier, string[] unmodifiedType, bool isRequired) => unmodifiedType;

        public string[] GetPinnedType(string[] elementType) => elementType;

        public string[] GetPointerType(string[] elementType) => elementType;

        public string[] GetPrimitiveType(PrimitiveTypeCode typeCode) => [];

        public string[] GetSZArrayType(string[] elementType) => elementType;

        public string[] GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) =>
            outer.NamespaceOf(handle) is null ? [] : [outer.Key(handle)];

        public string[] GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind)
        {
            TypeReference reference = reader.GetTypeReference(handle);
            return reader.StringComparer.Equals(reference.Namespace, "System") && reader.StringComparer.Equals(reference.Name, "Type") ? SystemType : [];
        }

        public string[] GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind) =>
            reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);

        public string[] GetSystemType() => SystemType;

        public string[] GetTypeFromSerializedName(string name)
        {
            // "OrgModel.X.Y+Nested, OrgModel, Version=…" or "OrgModel.X.Y": the namespace is everything before the last dot
            // of the outermost type name.
            string typeName = name.Split(',')[0].Split('+')[0].Split('[')[0].Trim();
            int dot = typeName.LastIndexOf('.');
            string ns = dot < 0 ? string.Empty : typeName[..dot];
            return ns == "OrgModel" || ns.StartsWith("OrgModel.", StringComparison.Ordinal) ? [$"{ns}|{typeName[(dot + 1)..]}"] : [];
        }

        public PrimitiveTypeCode GetUnderlyingEnumType(string[] type) => PrimitiveTypeCode.Int32;

        public bool IsSystemType(string[] type) => ReferenceEquals(type, SystemType);
    }
}
