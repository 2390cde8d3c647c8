package org.ketascreen.cdshooks;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.ketascreen.intake.DateTime;
import org.ketascreen.intake.OneOf;
import org.ketascreen.intake.RecordSchema;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * What the OpenAPI document says of the CDS Hooks request records beyond what SmallRye reads from their Bean
 * Validation annotations, derived from the same declarations the service checks ({@link RecordSchema}): a
 * {@link OneOf} string's values as its {@code enum}, a {@link DateTime} string as {@code format: date-time}, an
 * object's fewest properties as {@code minProperties}.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class CdsHooksOpenApi implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        Set<Class<?>> seen = new HashSet<>();
        describe(schemas, RecordSchema.of(HookRequest.class), seen);
        describe(schemas, RecordSchema.of(FeedbackRequest.class), seen);
    }

    private static void describe(Map<String, Schema> schemas, RecordSchema record, Set<Class<?>> seen) {
        if (!seen.add(record.type())) {
            return;
        }
        String name = record.type().getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class).name();
        Schema schema = schemas.get(name);
        if (schema == null) {
            throw new IllegalStateException("no OpenAPI schema " + name + " for " + record.type().getSimpleName());
        }
        for (RecordSchema.Property property : record.properties()) {
            Schema described = schema.getProperties().get(property.name());
            Field field = field(record.type(), property.name());
            OneOf oneOf = field.getAnnotation(OneOf.class);
            if (oneOf != null) {
                described.setEnumeration(new ArrayList<>(List.of((Object[]) oneOf.value())));
            }
            if (field.isAnnotationPresent(DateTime.class)) {
                described.setFormat("date-time");
            }
            if (property.kind() == RecordSchema.Kind.OBJECT && property.minItems() != null) {
                described.setMinProperties(property.minItems());
            }
            if (property.type().isRecord()) {
                describe(schemas, property.schema(), seen);
            }
        }
    }

    private static Field field(Class<?> owner, String name) {
        try {
            return owner.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }
}
