package org.relationsatlas.dataset;

/**
 * One thing wrong with the dataset.
 *
 * @param file     path relative to the dataset folder, e.g. "layers/borders.geojson"
 * @param location the row or feature, e.g. "row 4 (id 'treaty-1950')"; empty for the whole file
 * @param field    the field, e.g. "date"; empty when the problem is not about one field
 */
public record DatasetProblem(String file, String location, String field, String message) {

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(file);
        if (!location.isEmpty()) {
            text.append(", ").append(location);
        }
        if (!field.isEmpty()) {
            text.append(", field '").append(field).append('\'');
        }
        return text.append(": ").append(message).toString();
    }
}
