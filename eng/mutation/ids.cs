#:property PublishAot=false
// Lists the mutant ids of one namespace in a Stryker-mutated OrgModel.dll, one per line, with the type and method each sits in:
// the id of every "ldc.i4 id; call MutantControl::IsActive" in the methods of the namespace's types (nested types by their
// outermost type). Used when Stryker cannot finish a namespace: eng/mutation/sample.py runs a random sample of these ids, each
// in a fresh test process (docs/quality.md, "Deadlines").
//
//   dotnet run eng/mutation/ids.cs artifacts/mutation/Deadlines/OrgModel.mutated.dll OrgModel.Deadlines > ids.txt
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

string path = args[0], prefix = args[1];
using var stream = File.OpenRead(path);
using var pe = new PEReader(stream);
MetadataReader md = pe.GetMetadataReader();
var isActive = new HashSet<int>();
foreach (MethodDefinitionHandle h in md.MethodDefinitions)
{
    if (md.GetString(md.GetMethodDefinition(h).Name) == "IsActive")
    {
        isActive.Add(MetadataTokens.GetToken(h));
    }
}

var where = new SortedDictionary<int, string>();
foreach (TypeDefinitionHandle type in md.TypeDefinitions)
{
    TypeDefinition outer = md.GetTypeDefinition(type);
    while (outer.IsNested)
    {
        outer = md.GetTypeDefinition(outer.GetDeclaringType());
    }

    if (!md.GetString(outer.Namespace).StartsWith(prefix, StringComparison.Ordinal))
    {
        continue;
    }

    foreach (MethodDefinitionHandle h in md.GetTypeDefinition(type).GetMethods())
    {
        MethodDefinition method = md.GetMethodDefinition(h);
        if (method.RelativeVirtualAddress == 0)
        {
            continue;
        }

        byte[] il = pe.GetMethodBody(method.RelativeVirtualAddress).GetILBytes()!;
        for (int i = 0; i + 10 <= il.Length; i++)
        {
            // ldc.i4 (0x20) with its 4-byte id, then call (0x28) with the IsActive token.
            if (il[i] == 0x20 && il[i + 5] == 0x28 && isActive.Contains(BitConverter.ToInt32(il, i + 6)))
            {
                where[BitConverter.ToInt32(il, i + 1)] = md.GetString(md.GetTypeDefinition(type).Name) + "." + md.GetString(method.Name);
            }
        }
    }
}

foreach ((int id, string at) in where)
{
    Console.WriteLine($"{id} {at}");
}
