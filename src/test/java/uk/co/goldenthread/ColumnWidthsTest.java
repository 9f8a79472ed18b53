package uk.co.goldenthread;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every text field an entity maps declares the width of its database column ({@code @Column(length)}), and every
 * enum stored by name fits its column: a value the application accepts is never cut or refused by the database.
 */
@SpringBootTest
class ColumnWidthsTest {

    @Autowired
    EntityManagerFactory entityManagerFactory;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyEntityTextFieldDeclaresItsColumnsWidthAndEveryEnumFits() {
        Map<String, Long> widths = new HashMap<>();
        jdbc.query("SELECT LOWER(TABLE_NAME), LOWER(COLUMN_NAME), CHARACTER_MAXIMUM_LENGTH FROM information_schema.COLUMNS "
                + "WHERE TABLE_SCHEMA = DATABASE() AND DATA_TYPE IN ('varchar', 'char')",
                rs -> {
                    widths.put(rs.getString(1) + "." + rs.getString(2), rs.getLong(3));
                });
        List<String> wrong = new ArrayList<>();
        List<String> checked = new ArrayList<>();
        var metamodel = entityManagerFactory.unwrap(SessionFactoryImplementor.class).getMappingMetamodel();
        metamodel.forEachEntityDescriptor(entity -> entity.forEachSelectable((index, selectable) -> {
            String column = selectable.getContainingTableExpression().toLowerCase() + "."
                    + selectable.getSelectionExpression().toLowerCase();
            Long width = widths.get(column);
            if (width == null) {
                return;
            }
            Class<?> type = selectable.getJdbcMapping().getJavaTypeDescriptor().getJavaTypeClass();
            String where = entity.getEntityName().replaceAll(".*\\.", "") + "." + selectable.getSelectableName()
                    + " (" + column + ")";
            checked.add(where);
            if (type == String.class) {
                Long declared = selectable.getLength();
                if (declared == null || declared.longValue() != width) {
                    wrong.add(where + ": the column holds " + width + " characters, the entity declares " + declared);
                }
            } else if (type.isEnum()) {
                int longest = Arrays.stream(type.getEnumConstants()).mapToInt(c -> ((Enum<?>) c).name().length()).max()
                        .orElse(0);
                if (longest > width) {
                    wrong.add(where + ": the column holds " + width + " characters, " + type.getSimpleName()
                            + " needs " + longest);
                }
            }
        }));
        assertThat(checked).as("text columns checked").hasSizeGreaterThan(50);
        assertThat(wrong).as("entity text fields whose width differs from the database").isEmpty();
    }
}
