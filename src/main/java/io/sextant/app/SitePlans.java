package io.sextant.app;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.sextant.geometry.Building;
import io.sextant.geometry.FloorPlan;
import io.sextant.geometry.Georeference;
import io.sextant.geometry.GroundControlPoint;
import io.sextant.geometry.NavigationGraph;
import io.sextant.geometry.Problem;
import io.sextant.geometry.Site;
import io.sextant.geometry.SiteValidation;
import io.sextant.geometry.ZoneIndex;
import io.sextant.ingest.FloorPlanReader;
import io.sextant.store.FloorPlanRepository;
import io.sextant.store.FloorPlanRepository.NewRevision;

/**
 * The active floor plans of every site, as geometry ready for use (zone indexes, navigation
 * graph), and the one way to change them: {@link #importFloors}, which validates the building as
 * it would be after the import and stores new revisions only if there is no problem at all.
 *
 * <p>Reads are lock-free on an immutable snapshot; imports are serialised.
 */
@ApplicationScoped
public class SitePlans {

    private static final Logger LOG = Logger.getLogger(SitePlans.class);
    private static final double ZONE_TOLERANCE_METRES = 0.1;

    /** A floor's bookkeeping beside its geometry. */
    public record FloorInfo(String buildingId, String name, int revision, Instant importedAt,
            List<GroundControlPoint> controlPoints) {
    }

    /** One site as it is now: names, geometry and the indexes built from it. Immutable. */
    public record ActiveSite(String id, String name, Map<String, String> buildingNames, Site model,
            Map<String, FloorInfo> floors, Map<String, ZoneIndex> zoneIndexes, NavigationGraph navigation,
            java.util.Set<String> deviceIds) {

        public Optional<FloorPlan> floor(String floorId) {
            return model.floor(floorId);
        }

        /** Whether an anchor, receiver or beacon of this id is on one of the site's floors. */
        public boolean knowsDevice(String deviceId) {
            return deviceIds.contains(deviceId);
        }
    }

    /** A problem found in an import, named by floor and feature. */
    public record FeatureProblem(String floor, String feature, String message) {
    }

    /** Thrown when an import has problems; nothing was changed. */
    public static final class PlanRejected extends RuntimeException {
        private final transient List<FeatureProblem> problems;

        PlanRejected(List<FeatureProblem> problems) {
            super(problems.size() + " problem(s) in the floor plan");
            this.problems = List.copyOf(problems);
        }

        public List<FeatureProblem> problems() {
            return problems;
        }
    }

    /** The floors of one import and their new revision numbers. */
    public record Imported(String siteId, String buildingId, Map<String, Integer> revisions) {
    }

    private final FloorPlanRepository repository;
    private final ObjectMapper json;
    private final FloorPlanReader reader = new FloorPlanReader();
    private volatile Map<String, ActiveSite> sites = Map.of();

    SitePlans(FloorPlanRepository repository, ObjectMapper json) {
        this.repository = repository;
        this.json = json;
    }

    public Collection<ActiveSite> sites() {
        return sites.values();
    }

    public Optional<ActiveSite> site(String siteId) {
        return Optional.ofNullable(sites.get(siteId));
    }

    /** Rebuilds every site from the active revisions in the database. */
    public synchronized void reload() {
        Map<String, List<FloorPlanRepository.ActiveFloor>> bySite = new HashMap<>();
        for (FloorPlanRepository.ActiveFloor floor : repository.activeFloors()) {
            bySite.computeIfAbsent(floor.siteId(), k -> new ArrayList<>()).add(floor);
        }
        Map<String, ActiveSite> rebuilt = new LinkedHashMap<>();
        for (FloorPlanRepository.Named site : repository.sites()) {
            Map<String, Parsed> floors = new LinkedHashMap<>();
            for (FloorPlanRepository.ActiveFloor stored : bySite.getOrDefault(site.id(), List.of())) {
                FloorPlanReader.Floor floor = reader.read(parse(stored.document())).floor()
                        .orElseThrow(() -> new IllegalStateException("Stored plan of floor " + stored.floorId() + " no longer reads"));
                floors.put(stored.floorId(), new Parsed(stored.buildingId(), floor, stored.revision(), stored.importedAt()));
            }
            rebuilt.put(site.id(), build(site, floors));
        }
        sites = Map.copyOf(rebuilt);
        LOG.debugf("Floor plans: %d site(s), %d floor(s)", rebuilt.size(),
                rebuilt.values().stream().mapToInt(s -> s.floors().size()).sum());
    }

    /**
     * Imports floor plans into one building of a site: each document becomes the next revision of
     * its floor, all or nothing.
     *
     * @throws PlanRejected listing every problem, when any plan or the resulting building is invalid
     * @throws java.util.NoSuchElementException when the site or building does not exist
     */
    public synchronized Imported importFloors(String siteId, String buildingId, List<JsonNode> documents, String importedBy) {
        ActiveSite current = site(siteId).orElseThrow(() -> new java.util.NoSuchElementException("No site '" + siteId + "'"));
        if (!current.buildingNames().containsKey(buildingId)) {
            throw new java.util.NoSuchElementException("No building '" + buildingId + "' in site '" + siteId + "'");
        }
        List<FeatureProblem> problems = new ArrayList<>();
        Map<String, Parsed> candidate = new LinkedHashMap<>();
        current.floors().forEach((floorId, info) -> candidate.put(floorId,
                new Parsed(info.buildingId(), new FloorPlanReader.Floor(current.floor(floorId).orElseThrow(), info.name(),
                        info.controlPoints()), info.revision(), info.importedAt())));
        List<NewRevision> revisions = new ArrayList<>();
        for (JsonNode document : documents) {
            String label = document.path("floor").path("id").asText("(unnamed floor)");
            FloorPlanReader.Result result = reader.read(document);
            result.problems().forEach(p -> problems.add(new FeatureProblem(label, p.featureId(), p.message())));
            result.floor().ifPresent(floor -> {
                String floorId = floor.plan().id();
                Parsed existing = candidate.get(floorId);
                if (existing != null && !existing.buildingId().equals(buildingId)) {
                    problems.add(new FeatureProblem(floorId, "(floor)", "floor id is already used by building " + existing.buildingId()));
                } else if (revisions.stream().anyMatch(r -> r.floorId().equals(floorId))) {
                    problems.add(new FeatureProblem(floorId, "(floor)", "floor appears twice in this import"));
                }
                candidate.put(floorId, new Parsed(buildingId, floor, 0, null));
                revisions.add(new NewRevision(floorId, floor.plan().level(), floor.plan().elevationMetres(), floor.name(),
                        document.toString()));
            });
        }
        if (problems.isEmpty()) {
            Site model = model(siteId, candidate);
            for (Problem p : SiteValidation.validate(model)) {
                problems.add(new FeatureProblem(floorOf(model, p.featureId()), p.featureId(), p.message()));
            }
        }
        if (!problems.isEmpty()) {
            throw new PlanRejected(problems);
        }
        List<Integer> numbers = repository.saveRevisions(siteId, buildingId, revisions, importedBy);
        reload();
        Map<String, Integer> byFloor = new LinkedHashMap<>();
        for (int i = 0; i < revisions.size(); i++) {
            byFloor.put(revisions.get(i).floorId(), numbers.get(i));
        }
        LOG.infof("Imported floor plans of %s/%s by %s: %s", siteId, buildingId, importedBy, byFloor);
        return new Imported(siteId, buildingId, byFloor);
    }

    /** Creates or renames a site. */
    public synchronized void putSite(String siteId, String name) {
        repository.upsertSite(siteId, name);
        reload();
    }

    /** Creates or renames a building of an existing site. */
    public synchronized void putBuilding(String siteId, String buildingId, String name) {
        if (site(siteId).isEmpty()) {
            throw new java.util.NoSuchElementException("No site '" + siteId + "'");
        }
        repository.upsertBuilding(siteId, buildingId, name);
        reload();
    }

    private record Parsed(String buildingId, FloorPlanReader.Floor floor, int revision, Instant importedAt) {
    }

    private ActiveSite build(FloorPlanRepository.Named site, Map<String, Parsed> floors) {
        Site model = model(site.id(), floors);
        Map<String, FloorInfo> infos = new LinkedHashMap<>();
        Map<String, ZoneIndex> indexes = new HashMap<>();
        floors.forEach((floorId, parsed) -> {
            infos.put(floorId, new FloorInfo(parsed.buildingId(), parsed.floor().name(), parsed.revision(), parsed.importedAt(),
                    parsed.floor().controlPoints()));
            indexes.put(floorId, new ZoneIndex(parsed.floor().plan(), ZONE_TOLERANCE_METRES));
        });
        Map<String, String> buildingNames = new LinkedHashMap<>();
        repository.buildings(site.id()).forEach(b -> buildingNames.put(b.id(), b.name()));
        java.util.Set<String> devices = new java.util.HashSet<>();
        model.floors().forEach(floor -> floor.devices().forEach(d -> devices.add(d.id())));
        return new ActiveSite(site.id(), site.name(), Map.copyOf(buildingNames), model, Map.copyOf(infos), Map.copyOf(indexes),
                new NavigationGraph(model), java.util.Set.copyOf(devices));
    }

    private static Site model(String siteId, Map<String, Parsed> floors) {
        Map<String, List<FloorPlan>> byBuilding = new LinkedHashMap<>();
        List<GroundControlPoint> controlPoints = new ArrayList<>();
        floors.values().forEach(parsed -> {
            byBuilding.computeIfAbsent(parsed.buildingId(), k -> new ArrayList<>()).add(parsed.floor().plan());
            controlPoints.addAll(parsed.floor().controlPoints());
        });
        List<Building> buildings = byBuilding.entrySet().stream().map(e -> new Building(e.getKey(), e.getValue())).toList();
        Optional<Georeference> georeference = controlPoints.size() >= 2
                ? Optional.of(new Georeference(controlPoints)) : Optional.empty();
        return new Site(siteId, buildings, georeference);
    }

    private static String floorOf(Site site, String featureId) {
        for (FloorPlan floor : site.floors()) {
            if (floor.id().equals(featureId) || floor.zone(featureId).isPresent()
                    || floor.walls().stream().anyMatch(w -> w.id().equals(featureId))
                    || floor.openings().stream().anyMatch(o -> o.id().equals(featureId))
                    || floor.devices().stream().anyMatch(d -> d.id().equals(featureId))) {
                return floor.id();
            }
        }
        return "(site)";
    }

    private JsonNode parse(String document) {
        try {
            return json.readTree(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored floor plan is not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
