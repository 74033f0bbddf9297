import Mustache

/// The page's view model read once into dictionaries for the template engine.
///
/// swift-mustache looks a name up by reflecting the object it reads it from (a `Mirror` over
/// every stored property, for every name, at every level of the context stack a name is
/// searched in), which made a ledger of a few hundred rows cost more to render than the
/// simulation behind it. Reflecting each object once gives the engine the same values: a struct
/// or class becomes a ``Object`` of its stored properties, an array the array of its converted
/// elements, anything else stays as it is; an Optional property that is nil is left out, which
/// the engine treats as the reflection did (the name is not found there, and the search goes on
/// up the stack).
enum TemplateContext {
    /// `value` converted for the engine.
    static func make(_ value: Any) -> Any {
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .struct?, .class?:
            var properties = [String: Any](minimumCapacity: Int(mirror.children.count))
            for child in mirror.children {
                guard let label = child.label, properties[label] == nil, let present = unwrapped(child.value) else { continue }
                properties[label] = make(present)
            }
            return Object(properties: properties)
        case .collection?:
            return mirror.children.map { make($0.value) }
        default:
            return value
        }
    }

    /// A struct's or class's stored properties by name.
    struct Object: MustacheParent {
        var properties: [String: Any]

        func child(named name: String) -> Any? { properties[name] }
    }

    /// The value an Optional holds (nil when it holds none); any other value itself.
    private static func unwrapped(_ value: Any) -> Any? {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return value }
        return mirror.children.first?.value
    }
}
