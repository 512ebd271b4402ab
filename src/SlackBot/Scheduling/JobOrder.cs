namespace SlackBot.Scheduling;

/// <summary>
/// The order jobs run in within a pass, from what each declares in <see cref="JobSchedule.RunsAfter"/>: dependencies
/// first, and otherwise by name, so the order never depends on which <c>AddXxx()</c> was called first.
/// </summary>
public static class JobOrder
{
    /// <exception cref="ScheduleException">A name is invalid or taken twice, a dependency is missing, or jobs wait on each other.</exception>
    public static IReadOnlyList<IScheduledJob> Sort(IEnumerable<IScheduledJob> jobs)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        var byName = new Dictionary<string, IScheduledJob>(StringComparer.OrdinalIgnoreCase);
        foreach (var job in jobs)
        {
            var name = job.Schedule.Name;
            if (!JobSchedule.IsValidName(name))
                throw new ScheduleException($"Scheduled job {job.GetType().Name} is named '{name}'; a job name is letters, digits and . _ / - (no ':'), e.g. 'questions.release'.");
            // Names key the run records, and the store compares keys without regard to case.
            if (byName.TryGetValue(name, out var taken))
                throw new ScheduleException($"Two scheduled jobs are named '{name}' ({Describe(taken)} and {Describe(job)}); each needs its own name.");
            byName[name] = job;
        }

        foreach (var job in byName.Values)
        {
            foreach (var dependency in job.Schedule.RunsAfter)
            {
                if (!byName.ContainsKey(dependency))
                    throw new ScheduleException($"Scheduled job '{job.Schedule.Name}' runs after '{dependency}', but no job of that name is registered.");
            }
        }

        // Kahn's algorithm, always taking the smallest ready name: a stable order that only the declarations decide.
        var waitingOn = byName.Values.ToDictionary(job => job.Schedule.Name, job => job.Schedule.RunsAfter.Distinct(StringComparer.OrdinalIgnoreCase).Count(), StringComparer.OrdinalIgnoreCase);
        var ready = new SortedSet<string>(waitingOn.Where(entry => entry.Value == 0).Select(entry => entry.Key), StringComparer.Ordinal);
        var order = new List<IScheduledJob>(byName.Count);
        while (ready.Count > 0)
        {
            var next = ready.Min!;
            ready.Remove(next);
            order.Add(byName[next]);
            foreach (var dependent in byName.Values.Where(job => job.Schedule.RunsAfter.Contains(next, StringComparer.OrdinalIgnoreCase)))
            {
                if (--waitingOn[dependent.Schedule.Name] == 0) ready.Add(dependent.Schedule.Name);
            }
        }

        if (order.Count < byName.Count)
            throw new ScheduleException($"Scheduled jobs wait on each other in a cycle: {DescribeCycle(byName, order)}. Remove one of these RunsAfter declarations.");
        return order;
    }

    private static string Describe(IScheduledJob job) => job.GetType().Name;

    /// <summary>One cycle among the jobs left unordered: 'a' runs after 'b', which runs after 'a'.</summary>
    private static string DescribeCycle(Dictionary<string, IScheduledJob> byName, List<IScheduledJob> ordered)
    {
        var left = byName.Keys.Except(ordered.Select(job => job.Schedule.Name), StringComparer.OrdinalIgnoreCase).ToHashSet(StringComparer.OrdinalIgnoreCase);
        // Every job left waits on another job left, so walking dependencies from any of them must come back round.
        var path = new List<string>();
        var current = left.Order(StringComparer.Ordinal).First();
        while (!path.Contains(current, StringComparer.OrdinalIgnoreCase))
        {
            path.Add(current);
            current = byName[current].Schedule.RunsAfter.Where(left.Contains).Order(StringComparer.Ordinal).First();
        }

        var start = path.FindIndex(name => string.Equals(name, current, StringComparison.OrdinalIgnoreCase));
        var names = path.Skip(start).Append(current).Select(name => $"'{byName[name].Schedule.Name}'").ToList();
        return $"{names[0]} runs after {string.Join(", which runs after ", names.Skip(1))}";
    }
}
