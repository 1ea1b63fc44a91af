using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace DivergingReports.Rendering.Templates;

/// <summary>
/// A page's top-level names: its view's fields (<c>title</c>, <c>reports</c>), read through the view
/// type's accessor as the template asks with nothing copied per page; the publication as
/// <c>site</c>; and what the template assigns (<c>x = …</c>, loop variables), which never reaches
/// the view. One store, so a name is found in one look.
/// </summary>
internal sealed class ViewGlobals : IScriptObject
{
    private readonly ScriptObject _assigned = new();
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

    public void Clear()
    {
        (_view, _accessor, _site) = (null, null, null);
        _assigned.Clear();
    }

    public int Count => Members().Count();

    public IEnumerable<string> GetMembers() => Members();

    private IEnumerable<string> Members()
    {
        var members = _view is null ? [] : _accessor!.GetMembers(null!, default, _view);
        return (_site is null ? members : members.Append("site")).Concat(_assigned.Keys).Distinct(StringComparer.Ordinal);
    }

    public bool Contains(string member) =>
        _assigned.ContainsKey(member) || member == "site" && _site is not null || _view is not null && _accessor!.HasMember(null!, default, _view, member);

    public bool IsReadOnly { get => false; set { } }

    public bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
    {
        if (_assigned.Count > 0 && _assigned.TryGetValue(member, out value)) return true;
        if (member == "site" && _site is not null)
        {
            value = _site;
            return true;
        }
        value = null;
        return _view is not null && _accessor!.TryGetValue(context!, span, _view, member, out value);
    }

    public bool CanWrite(string member) => true;

    public bool TrySetValue(TemplateContext? context, SourceSpan span, string member, object? value, bool readOnly) =>
        _assigned.TrySetValue(context, span, member, value, readOnly);

    public bool Remove(string member) => _assigned.Remove(member);

    public void SetReadOnly(string member, bool readOnly) { }

    public IScriptObject Clone(bool deep) => throw new NotSupportedException("a page's view is not copied");
}
