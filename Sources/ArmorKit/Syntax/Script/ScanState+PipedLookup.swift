/// `Get-AzResource … | Remove-AzResource -Force`, `Get-AzKeyVault -VaultName kv | Remove-AzKeyVault`:
/// the cmdlet that looks a resource up names what the pipe deletes. The remove cmdlet is read
/// with the lookup's arguments, as if they were written on it.
extension ScanState {
    private static let lookups: [String: String] = [
        "get-azresource": "remove-azresource",
        "get-azkeyvault": "remove-azkeyvault",
        "get-azcognitiveservicesaccount": "remove-azcognitiveservicesaccount",
        "get-azprivateendpoint": "remove-azprivateendpoint",
        "get-azresourcegroup": "remove-azresourcegroup",
    ]

    /// The words to recognise, or nil when `lookup` is not a lookup feeding `remove` (another
    /// cmdlet, a filter in between, or a remove that names its own target).
    static func pipedLookup(_ lookup: [ResolvedWord], into remove: [ResolvedWord]) -> [ResolvedWord]? {
        guard let get = lookup.first?.text.value?.lowercased(), let head = remove.first?.text.value?.lowercased(),
              lookups[get] == head else { return nil }
        // Only switches on the remove (`-Force`, `-Confirm:$false`): a target there wins.
        var i = 1
        while i < remove.count {
            guard remove[i].isParameter else { return nil }
            i += remove[i].hasAttachedValue ? 2 : 1
        }
        return [remove[0]] + lookup.dropFirst() + remove.dropFirst()
    }
}
