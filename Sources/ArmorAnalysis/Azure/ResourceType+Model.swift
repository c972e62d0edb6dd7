/// Typed views of the types the model keeps as written, so callers compare `ResourceType`s.
extension Resource {
    package var resourceType: ResourceType { ResourceType(type) }
}

extension KnownResourceId {
    package var resourceType: ResourceType { ResourceType(type) }
}

extension PlanEntry {
    package var resourceType: ResourceType { ResourceType(type) }
}
