import Mustache

/// The page's view model, read by reflection once per object for the template engine.
///
/// swift-mustache looks a name up by reflecting the object it reads it from (a `Mirror` over
/// every stored property, for every name, at every level of the context stack a name is
/// searched in), which made a ledger of a few hundred rows cost more to render than the
/// simulation behind it. Here a struct or class becomes an ``Object`` that reflects its value
/// the first time the engine asks it for a name and keeps the properties by name; an array
/// becomes the array of its converted elements (an array of numbers or strings stays as it
/// is); anything else stays as it is (a ``StatedNumber`` too: the template writes its text). Only what the templates reach is read: a chart's
/// thousands of points, which no template names, are never reflected. An Optional property
/// that is nil is left out, which the engine treats as the reflection did (the name is not found
/// there, and the search goes on up the stack).
enum TemplateContext {
    /// `value` converted for the engine.
    static func make(_ value: Any) -> Any {
        convert(value, Mirror(reflecting: value))
    }

    /// `value`, whose reflection is `mirror`, converted for the engine.
    private static func convert(_ value: Any, _ mirror: Mirror) -> Any {
        // A number the page states renders as its text, not as an object of fields.
        if value is StatedNumber { return value }
        switch mirror.displayStyle {
        case .struct?, .class?:
            return Object(mirror)
        case .collection?:
            guard let first = mirror.children.first?.value, holdsObjects(first) else { return value }
            return mirror.children.map { make($0.value) }
        default:
            return value
        }
    }

    /// Whether an array whose first element is `element` needs converting.
    private static func holdsObjects(_ element: Any) -> Bool {
        switch Mirror(reflecting: element).displayStyle {
        case .struct?, .class?, .collection?, .optional?: true
        default: false
        }
    }

    /// A struct's or class's stored properties by name, converted, read on the first lookup.
    final class Object: MustacheParent {
        private let mirror: Mirror
        private var properties: [String: Any]?

        init(_ mirror: Mirror) {
            self.mirror = mirror
        }

        func child(named name: String) -> Any? {
            if let properties { return properties[name] }
            var read = [String: Any]()
            for child in mirror.children {
                guard let label = child.label, read[label] == nil else { continue }
                // One reflection per property: it says whether the value is an Optional and,
                // if not, how to convert it.
                let reflected = Mirror(reflecting: child.value)
                if reflected.displayStyle == .optional {
                    guard let present = reflected.children.first?.value else { continue }
                    read[label] = make(present)
                } else {
                    read[label] = convert(child.value, reflected)
                }
            }
            properties = read
            return read[name]
        }
    }

    /// Several contexts read as one, the first that has a name answering: the context stack of
    /// a section's partial rendered on its own (its heading, then its values, then the page's),
    /// as the stack would be were the partial included inside `{{#section}}` on the page.
    /// A layer is a converted struct (``Object``) or a `[String: Any]`.
    final class Layers: MustacheParent {
        private let layers: [Any]

        init(_ layers: [Any]) {
            self.layers = layers
        }

        func child(named name: String) -> Any? {
            for layer in layers {
                if let parent = layer as? MustacheParent, let value = parent.child(named: name) { return value }
                if let dictionary = layer as? [String: Any], let value = dictionary[name] { return value }
            }
            return nil
        }
    }
}
