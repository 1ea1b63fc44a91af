using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace DivergingReports.Rendering.Templates;

/// <summary>
/// A page's view as its template's top-level names (<c>title</c>, <c>reports</c>), and the
/// publication as <c>site</c>: read from the view through its type's accessor as the template asks,
/// with nothing copied per page. Read-only: what a template assigns goes into a scope above it.
/// </summary>
internal sealed class ViewGlobals : IScriptObject
{
    private object? _view;
    private IObjectAccessor? _accessor;
    private object? _site;

    /// <summary>Shows <paramref name="view"/>, read with <paramref name="accessor"/>, and <paramref name="site"/> as <c>site</c>.</summary>
    public void Show(object view, IObjectAccessor accessor, object? site)
    {
        _view = view;
        _accessor = accessor;
        _site = site;
    }

    public void Clear() => (_view, _accessor, _site) = (null, null, null);

    public int Count => Members().Count();

    public IEnumerable<string> GetMembers() => Members();

    private IEnumerable<string> Members()
    {
        var members = _view is null ? [] : _accessor!.GetMembers(null!, default, _view);
        return _site is null ? members : members.Append("site");
    }

    public bool Contains(string member) => member == "site" && _site is not null || _view is not null && _accessor!.HasMember(null!, default, _view, member);

    public bool IsReadOnly { get => true; set { } }

    public bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
    {
        if (member == "site" && _site is not null)
        {
            value = _site;
            return true;
        }
        value = null;
        return _view is not null && _accessor!.TryGetValue(context!, span, _view, member, out value);
    }

    public bool CanWrite(string member) => false;

    public bool TrySetValue(TemplateContext? context, SourceSpan span, string member, object? value, bool readOnly) => false;

    public bool Remove(string member) => false;

    public void SetReadOnly(string member, bool readOnly) { }

    public IScriptObject Clone(bool deep) => throw new NotSupportedException("a page's view is not copied");
}
