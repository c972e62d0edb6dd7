/// One option of a command's table. Parsing, validation, "did you mean" and `--help` are all
/// made from the table, so an option cannot be accepted without being documented.
package struct Option: Sendable, Hashable {
    package enum Kind: Sendable, Hashable {
        /// `--name`, no value.
        case flag
        /// `--name VALUE` or `--name=VALUE`; given twice, the last one counts.
        case value(placeholder: String)
        /// `--name VALUE`, every occurrence kept in order.
        case repeatable(placeholder: String)
        /// `--name VALUE` where VALUE must be one of `choices`.
        case choice(placeholder: String, choices: [String])
    }

    /// Without the leading `--`.
    package var name: String
    package var short: Character?
    package var kind: Kind
    /// One line; a `\n` continues it on the next line of `--help`.
    package var help: String

    package var takesValue: Bool { kind != .flag }

    package var placeholder: String? {
        switch kind {
        case .flag: nil
        case .value(let placeholder), .repeatable(let placeholder), .choice(let placeholder, _): placeholder
        }
    }

    /// `--help` and `-h`: in every command's table.
    static let help = Option(name: "help", short: "h", kind: .flag, help: "this text")
}

/// A typed handle on an option of a table: commands read `arguments[Options.output]`, never a
/// string, so a misspelt option does not compile and the value's shape is the key's type.
package struct OptionKey<Value>: Sendable {
    package let option: Option
}

extension OptionKey where Value == Bool {
    static func flag(_ name: String, short: Character? = nil, help: String) -> Self {
        Self(option: Option(name: name, short: short, kind: .flag, help: help))
    }
}

extension OptionKey where Value == String? {
    static func value(_ name: String, short: Character? = nil, placeholder: String, help: String) -> Self {
        Self(option: Option(name: name, short: short, kind: .value(placeholder: placeholder), help: help))
    }

    /// The value is checked against `choices` while parsing, so a command reads only allowed ones.
    static func choice(_ name: String, short: Character? = nil, placeholder: String, _ choices: [String],
                       help: String) -> Self {
        Self(option: Option(name: name, short: short, kind: .choice(placeholder: placeholder, choices: choices), help: help))
    }
}

/// A choice whose values are an enum's cases: the command gets the case, so a misspelt value
/// does not compile either.
package protocol OptionChoice: CaseIterable, RawRepresentable, Sendable where RawValue == String {}

extension OptionKey {
    static func choice<Choice: OptionChoice>(_ name: String, short: Character? = nil, placeholder: String,
                                             help: String) -> Self where Value == Choice? {
        Self(option: Option(name: name, short: short,
                            kind: .choice(placeholder: placeholder, choices: Choice.allCases.map(\.rawValue)), help: help))
    }
}

extension OptionKey where Value == [String] {
    static func repeatable(_ name: String, short: Character? = nil, placeholder: String, help: String) -> Self {
        Self(option: Option(name: name, short: short, kind: .repeatable(placeholder: placeholder), help: help))
    }
}
