// Browser tests measure what a person feels (debounced typing, retries that wait): run them one class at a time so
// they never race each other for the machine's two cores.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
