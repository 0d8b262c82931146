using System.Collections;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.Kiota.Abstractions.Store;

namespace PolicyPortal.Graph.Client;

/// <summary>
/// Kiota's <see cref="InMemoryBackingStore"/> (Microsoft.Kiota.Abstractions 2.1.6) rule for rule, on one plain dictionary.
/// Every Graph SDK model keeps its values in a backing store, and Kiota's holds two <c>ConcurrentDictionary</c>s, so a
/// bare <c>new SingleUser()</c> allocated 1.5 KB (0.6 KB on this one) and a three-stage policy's 27 objects most of the
/// submit path's allocations (docs/decisions/0006). The change tracking (what <see cref="ReturnOnlyChangedValues"/>
/// returns, nested models and collections marking their parent changed) is Kiota's; CompactBackingStoreTests replay the
/// same steps on both stores, including Kiota's order of visiting keys where that order decides what reads as changed.
/// One difference: where Kiota hands out its own (collection, count) pair
/// (<see cref="Enumerate"/>, a subscriber's previous value), this hands out the collection. Like every SDK model in the
/// portal, a store is used by one thread at a time.
/// </summary>
public sealed class CompactBackingStore : IBackingStore
{
    private readonly Dictionary<string, Entry> _store = [];

    // Only models held by another model are subscribed to, so most stores never need this.
    private Dictionary<string, Action<string, object?, object?>>? _subscriptions;
    private bool _initializationCompleted = true;
    private bool _returnOnlyChangedValues;

    public bool ReturnOnlyChangedValues
    {
        get => _returnOnlyChangedValues;
        set
        {
            _returnOnlyChangedValues = value;
            foreach (var entry in _store.Values)
            {
                foreach (var model in BackedModels(entry.Value))
                {
                    model.BackingStore.ReturnOnlyChangedValues = value;
                }
            }
        }
    }

    public bool InitializationCompleted
    {
        get => _initializationCompleted;
        set
        {
            _initializationCompleted = value;
            foreach (var key in KeysInKiotasOrder())
            {
                if (_store[key].Value is IBackedModel model)
                {
                    model.BackingStore.InitializationCompleted = value;
                }
                EnsureCollectionPropertyIsConsistent(key, _store[key].Value);
                _store[key] = new Entry(!value, _store[key].Value);
            }
        }
    }

    public T? Get<T>(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        if (!_store.TryGetValue(key, out var entry))
        {
            return default;
        }
        if (ReturnOnlyChangedValues)
        {
            EnsureCollectionPropertyIsConsistent(key, entry.Value);
            if (!_store[key].Changed)
            {
                return default;
            }
        }
        return (T?)Unwrapped(entry.Value);
    }

    public void Set<T>(string key, T? value)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        var entry = new Entry(InitializationCompleted, value is ICollection collection ? new CountedCollection(collection, collection.Count) : value);
        object? previous = null;
        if (!_store.TryAdd(key, entry))
        {
            previous = _store[key].Value;
            _store[key] = entry;
        }
        else if (value is IBackedModel model)
        {
            model.BackingStore?.Subscribe((_, _, _) =>
            {
                model.BackingStore.InitializationCompleted = false;
                Set(key, value);
            }, key);
        }
        if (entry.Value is CountedCollection { Count: > 0 })
        {
            foreach (var member in BackedModels(entry.Value))
            {
                member.BackingStore.InitializationCompleted = false;
                member.BackingStore.Subscribe((_, _, _) => Set(key, value), key);
            }
        }
        if (_subscriptions is { } subscriptions)
        {
            // A copy: a subscriber may subscribe again here (a parent setting its collection of models again).
            foreach (var subscriber in subscriptions.Values.ToArray())
            {
                subscriber(key, Unwrapped(previous), value);
            }
        }
    }

    public IEnumerable<KeyValuePair<string, object?>> Enumerate()
    {
        EnsureCollectionsAreConsistent();
        return [.. _store.Where(entry => !ReturnOnlyChangedValues || entry.Value.Changed).Select(entry => KeyValuePair.Create(entry.Key, Unwrapped(entry.Value.Value)))];
    }

    public IEnumerable<string> EnumerateKeysForValuesChangedToNull()
    {
        EnsureCollectionsAreConsistent();
        return [.. _store.Where(entry => entry.Value is { Changed: true, Value: null }).Select(entry => entry.Key)];
    }

    public string Subscribe(Action<string, object?, object?> callback)
    {
        var id = Guid.NewGuid().ToString();
        Subscribe(callback, id);
        return id;
    }

    public void Subscribe(Action<string, object?, object?> callback, string subscriptionId)
    {
        ArgumentException.ThrowIfNullOrEmpty(subscriptionId);
        ArgumentNullException.ThrowIfNull(callback);
        (_subscriptions ??= [])[subscriptionId] = callback;
    }

    public void Unsubscribe(string subscriptionId) => _subscriptions?.Remove(subscriptionId);

    public void Clear() => _store.Clear();

    private void EnsureCollectionsAreConsistent()
    {
        if (ReturnOnlyChangedValues)
        {
            foreach (var key in KeysInKiotasOrder())
            {
                EnsureCollectionPropertyIsConsistent(key, _store[key].Value);
            }
        }
    }

    // Where visiting one key sets values (a collection grown in place, here or in a model below, is set again, and a
    // parent's subscription can reset this store's initialization), the order of the visits decides what reads as
    // changed afterwards. Kiota visits in its ConcurrentDictionary's order, which is not the order of insertion; a
    // ConcurrentDictionary given the same keys in the same order (this store never removes one but by Clear) visits
    // them in the same order. Without a grown collection no visit sets anything, and the order costs nothing.
    private List<string> KeysInKiotasOrder()
    {
        if (_store.Count < 2 || !HasGrownCollection())
        {
            return [.. _store.Keys];
        }
        var kiotas = new ConcurrentDictionary<string, byte>();
        foreach (var key in _store.Keys)
        {
            kiotas.TryAdd(key, 0);
        }
        return [.. kiotas.Keys];
    }

    // A collection here or in the models below whose count is not the one it was set with. Asked on every change of
    // initialization, so it walks without allocating (the SDK's collections are lists).
    private bool HasGrownCollection()
    {
        foreach (var entry in _store.Values)
        {
            switch (entry.Value)
            {
                case CountedCollection counted when counted.Count != counted.Collection.Count:
                    return true;
                case CountedCollection { Collection: IList members }:
                    for (var i = 0; i < members.Count && members[i] is IBackedModel member; i++)
                    {
                        if (HasGrownCollectionBelow(member))
                        {
                            return true;
                        }
                    }
                    break;
                case IBackedModel model when HasGrownCollectionBelow(model):
                    return true;
            }
        }
        return false;
    }

    private static bool HasGrownCollectionBelow(IBackedModel model) =>
        model.BackingStore is CompactBackingStore below && below.HasGrownCollection();

    // A collection's members, or a model's values, may have changed without a Set here: reading them lets nested stores
    // report, and a collection whose count changed is set again, which marks it changed.
    private void EnsureCollectionPropertyIsConsistent(string key, object? value)
    {
        foreach (var model in BackedModels(value))
        {
            foreach (var member in model.BackingStore.Enumerate())
            {
                model.BackingStore.Get<object>(member.Key);
            }
        }
        if (value is CountedCollection counted && counted.Count != counted.Collection.Count)
        {
            Set(key, counted.Collection);
        }
    }

    // The backed models a stored value holds: itself, or a collection's leading backed members (as Kiota stops at the
    // first member that is not one).
    private static IEnumerable<IBackedModel> BackedModels(object? value)
    {
        if (value is IBackedModel model)
        {
            yield return model;
        }
        else if (value is CountedCollection counted)
        {
            foreach (var item in counted.Collection)
            {
                if (item is not IBackedModel member)
                {
                    yield break;
                }
                yield return member;
            }
        }
    }

    private static object? Unwrapped(object? value) => value is CountedCollection counted ? counted.Collection : value;

    private readonly record struct Entry(bool Changed, object? Value);

    private sealed record CountedCollection(ICollection Collection, int Count);
}

/// <summary>Gives every Graph SDK model a <see cref="CompactBackingStore"/>. The portal's Graph layer is where SDK
/// models are made and read, so loading it installs the factory before any is.</summary>
public sealed class CompactBackingStoreFactory : IBackingStoreFactory
{
    public IBackingStore CreateBackingStore() => new CompactBackingStore();

#pragma warning disable CA2255 // An application's own library: the one place its SDK models come from.
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Install() => BackingStoreFactorySingleton.Instance = new CompactBackingStoreFactory();
}
