using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using System.Xml.Linq;

namespace OrgModel.Tests.Diagrams;

/// <summary>Runs Graphviz's <c>dot</c> on DOT text. A missing <c>dot</c> fails the test, never skips it: CI installs Graphviz
/// (.ci/run, step 0), and a picture test that silently passes without it would prove nothing.</summary>
internal static class Graphviz
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    /// <summary>Renders DOT to the format given (<c>svg</c>, <c>png</c>…) and returns the bytes.</summary>
    public static byte[] Render(string dot, string format)
    {
        var info = new ProcessStartInfo("dot", ["-T" + format])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false),
        };
        Process process;
        try
        {
            process = Process.Start(info)!;
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException("Graphviz's dot is not installed (apt-get install graphviz); the picture tests need it.", e);
        }

        using (process)
        {
            Task<string> errors = process.StandardError.ReadToEndAsync();
            using var output = new MemoryStream();
            Task copy = process.StandardOutput.BaseStream.CopyToAsync(output);
            process.StandardInput.Write(dot);
            process.StandardInput.Close();
            copy.Wait();
            process.WaitForExit();
            string stderr = errors.Result;
            Assert.True(process.ExitCode == 0, $"dot -T{format} failed ({process.ExitCode}): {stderr}");
            Assert.True(stderr.Length == 0, $"dot -T{format} warned: {stderr}");
            return output.ToArray();
        }
    }

    /// <summary>Renders DOT to SVG and parses it.</summary>
    public static XDocument RenderSvg(string dot) =>
        XDocument.Parse(Encoding.UTF8.GetString(Render(dot, "svg")), LoadOptions.PreserveWhitespace);

    /// <summary>The SVG groups Graphviz draws for nodes or edges (<c>class="node"</c>, <c>class="edge"</c>).</summary>
    public static List<XElement> Groups(XDocument svg, string kind) =>
        [.. svg.Descendants(Svg + "g").Where(g => (string?)g.Attribute("class") == kind)];

    /// <summary>The title of a node group (its DOT name) and the text of its label.</summary>
    public static (string Name, string Label) Node(XElement group) =>
        (group.Element(Svg + "title")!.Value, string.Concat(group.Elements(Svg + "text").Select(t => t.Value)));
}
