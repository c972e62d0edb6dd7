import Testing
@testable import ArmorKit
import ArmorTestSupport

@Suite struct ConfigLocatorTests {
    @Test func nearestConfigWinsAndIsCachedPerFolder() {
        let dir = TempDirectory()
        defer { dir.remove() }
        dir.write("armor.json", #"{ "failLevel": "warning" }"#)
        dir.write("infra/armor.json", #"{ "failLevel": "info" }"#)
        var locator = ConfigLocator()
        #expect(locator.configuration(forFile: dir.path + "/main.bicep").failLevel == .warning)
        #expect(locator.configuration(forFile: dir.path + "/infra/a/b/main.bicep").failLevel == .info)
        #expect(locator.configuration(forFile: dir.path + "/infra/a/b/main.bicep").path == dir.path + "/infra/armor.json")
        #expect(locator.configuration(forFile: dir.path + "/other/x.bicep").directory == dir.path)
        #expect(!locator.hasErrors)
    }

    @Test func forcedConfigAppliesEverywhere() {
        let dir = TempDirectory()
        defer { dir.remove() }
        dir.write("infra/armor.json", #"{ "failLevel": "info" }"#)
        let forced = dir.write("ci.json", #"{ "failLevel": "none" }"#)
        var locator = ConfigLocator(forcedPath: forced)
        #expect(locator.configuration(forFile: dir.path + "/infra/main.bicep").failLevel == ConfigurationFailNone.value)
    }

    @Test func brokenConfigIsReportedWithPosition() {
        let dir = TempDirectory()
        defer { dir.remove() }
        let path = dir.write("armor.json", "{\n  \"rules\": { \"nope\": \"off\" }\n}\n")
        var locator = ConfigLocator()
        _ = locator.configuration(forFile: dir.path + "/main.bicep")
        #expect(locator.errors.hasPrefix("\(path):2:14: error: unknown rule 'nope'"))
        let missing = ConfigLocator(forcedPath: dir.path + "/absent.json")
        #expect(missing.errors.contains("absent.json: error: cannot read configuration"))
    }
}

/// `.none` written out: `Configuration.FailLevel.none` would read as Optional's `.none`.
private enum ConfigurationFailNone {
    static let value: Configuration.FailLevel? = Configuration.FailLevel(rawValue: "none")
}
