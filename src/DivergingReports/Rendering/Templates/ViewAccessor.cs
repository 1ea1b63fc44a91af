using System.Linq.Expressions;
using System.Reflection;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace DivergingReports.Rendering.Templates;

/// <summary>
/// How templates read a view: its public properties by their snake_case names, each through a
/// compiled getter (made once per view type) rather than a reflection call per read. Read-only:
/// a template cannot change a view, and so cannot change what the next page shows.
/// </summary>
internal sealed class ViewAccessor : IObjectAccessor
{
    private readonly Dictionary<string, Func<object, object?>> _getters = new(StringComparer.Ordinal);

    public ViewAccessor(Type type, MemberRenamerDelegate renamer)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetMethod is not { IsPublic: true } || property.GetIndexParameters().Length > 0) continue;
            var target = Expression.Parameter(typeof(object));
            var read = Expression.Convert(Expression.Property(Expression.Convert(target, type), property), typeof(object));
            _getters[renamer(property)] = Expression.Lambda<Func<object, object?>>(read, target).Compile();
        }
    }

    public int GetMemberCount(TemplateContext context, SourceSpan span, object target) => _getters.Count;

    public IEnumerable<string> GetMembers(TemplateContext context, SourceSpan span, object target) => _getters.Keys;

    public bool HasMember(TemplateContext context, SourceSpan span, object target, string member) => _getters.ContainsKey(member);

    public bool TryGetValue(TemplateContext context, SourceSpan span, object target, string member, out object? value)
    {
        if (_getters.TryGetValue(member, out var get))
        {
            value = get(target);
            return true;
        }
        value = null;
        return false;
    }

    public bool TrySetValue(TemplateContext context, SourceSpan span, object target, string member, object? value) => false;

    public bool TryGetItem(TemplateContext context, SourceSpan span, object target, object index, out object? value)
    {
        value = null;
        return false;
    }

    public bool TrySetItem(TemplateContext context, SourceSpan span, object target, object index, object? value) => false;

    public bool HasIndexer => false;

    public Type? IndexType => null;
}
