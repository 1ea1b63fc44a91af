namespace DivergingReports.Analysis;

/// <summary>Disjoint sets over 0..n-1; a set's root is always its smallest member, so grouping is deterministic.</summary>
internal sealed class UnionFind
{
    private readonly int[] _parent;

    public UnionFind(int count)
    {
        _parent = new int[count];
        for (var i = 0; i < count; i++) _parent[i] = i;
    }

    public int Find(int x)
    {
        while (_parent[x] != x)
        {
            _parent[x] = _parent[_parent[x]];
            x = _parent[x];
        }
        return x;
    }

    public void Union(int a, int b)
    {
        a = Find(a);
        b = Find(b);
        if (a == b) return;
        if (a < b) _parent[b] = a;
        else _parent[a] = b;
    }

    /// <summary>The sets, each in ascending order, ordered by their smallest member.</summary>
    public List<List<int>> Groups()
    {
        // A root is its set's smallest member, so it is met before the others.
        var groupOfRoot = new int[_parent.Length];
        var groups = new List<List<int>>();
        for (var i = 0; i < _parent.Length; i++)
        {
            var root = Find(i);
            if (root == i)
            {
                groupOfRoot[i] = groups.Count;
                groups.Add([i]);
            }
            else groups[groupOfRoot[root]].Add(i);
        }
        return groups;
    }
}
