using System.Reflection;
using System.Runtime.CompilerServices;
using SlackBot.Slack.Dispatch;
using SlackBot.Storage;

namespace SlackBot.Tests.Storage;

/// <summary>
/// The rules that keep a second storage provider possible: LiteDB stays inside Storage/, and storage holds no state in
/// statics (a transaction or an after-commit list in a static would be shared by everything on the thread or process).
/// </summary>
public class StorageBoundaryTests
{
    private static readonly Assembly Host = typeof(IUnitOfWork).Assembly;

    private const BindingFlags Everything = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    [Test]
    public void No_type_outside_storage_holds_takes_or_returns_a_LiteDB_type()
    {
        var offenders = Host.GetTypes()
            .Where(type => type.Namespace is not { } name || !name.StartsWith("SlackBot.Storage", StringComparison.Ordinal))
            .SelectMany(type => SignatureTypes(type).Where(IsLiteDb).Select(used => $"{type.FullName} uses {used.FullName}"))
            .Distinct()
            .ToList();

        Assert.That(offenders, Is.Empty);
    }

    [Test]
    public void The_Slack_layer_does_not_reference_LiteDB()
    {
        Assert.That(typeof(SlackRouter).Assembly.GetReferencedAssemblies().Select(reference => reference.Name), Has.None.EqualTo("LiteDB"));
    }

    [Test]
    public void No_static_field_in_storage_can_change_and_none_is_thread_static()
    {
        var offenders = Host.GetTypes()
            .Where(type => type.Namespace?.StartsWith("SlackBot.Storage", StringComparison.Ordinal) == true)
            .Where(type => type.GetCustomAttribute<CompilerGeneratedAttribute>() is null) // the compiler's own lambda caches
            .SelectMany(type => type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
                .Where(field => field.GetCustomAttribute<ThreadStaticAttribute>() is not null || !(field.IsInitOnly || field.IsLiteral))
                .Select(field => $"{type.FullName}.{field.Name}"))
            .ToList();

        Assert.That(offenders, Is.Empty);
    }

    private static IEnumerable<Type> SignatureTypes(Type type)
    {
        var direct = type.GetFields(Everything).Select(field => field.FieldType)
            .Concat(type.GetProperties(Everything).Select(property => property.PropertyType))
            .Concat(type.GetConstructors(Everything).SelectMany(constructor => constructor.GetParameters()).Select(parameter => parameter.ParameterType))
            .Concat(type.GetMethods(Everything).SelectMany(method => method.GetParameters().Select(parameter => parameter.ParameterType).Append(method.ReturnType)))
            .Concat(type.GetInterfaces())
            .Append(type.BaseType ?? typeof(object));
        return direct.SelectMany(Unwrap);
    }

    /// <summary>A type and everything it is made of: <c>Task&lt;ILiteCollection&lt;T&gt;&gt;</c> counts as using LiteDB.</summary>
    private static IEnumerable<Type> Unwrap(Type type)
    {
        yield return type;
        if (type.HasElementType)
            foreach (var inner in Unwrap(type.GetElementType()!)) yield return inner;
        if (type.IsGenericType)
            foreach (var inner in type.GetGenericArguments().SelectMany(Unwrap)) yield return inner;
    }

    private static bool IsLiteDb(Type type) => type.Assembly.GetName().Name == "LiteDB";
}
