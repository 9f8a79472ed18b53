package uk.co.goldenthread.people.domain;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import uk.co.goldenthread.people.Role;

public interface PersonRepository extends JpaRepository<Person, Long> {

    /**
     * The person with their roles, in one query: asked on every click, for whoever is signed in (a fetch join, not an
     * {@code @EntityGraph}: see {@code MeasureRepository.findWithPlacesByIdIn}).
     */
    @Query("select p from Person p left join fetch p.roles where p.username = :username")
    Optional<Person> findByUsername(String username);

    /** Everyone with their roles, in one query (not one more per person). */
    @EntityGraph(attributePaths = "roles")
    @Query("select p from Person p order by p.id")
    List<Person> findAllWithRoles();

    /** The person, their row locked until the transaction ends (so two nodes count their resets one at a time). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Person p where p.id = :id")
    Optional<Person> lockById(long id);

    Optional<Person> findFirstByEmail(String email);

    List<Person> findByEmailIgnoreCase(String email);

    @Query("select p from Person p join p.roles r where r = :role and p.active = true order by p.fullName")
    List<Person> findActiveWithRole(Role role);
}
