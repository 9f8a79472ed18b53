package uk.co.goldenthread.people.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import uk.co.goldenthread.people.Role;

public interface PersonRepository extends JpaRepository<Person, Long> {

    Optional<Person> findByUsername(String username);

    Optional<Person> findFirstByEmail(String email);

    @Query("select p from Person p join p.roles r where r = :role and p.active = true order by p.fullName")
    List<Person> findActiveWithRole(Role role);
}
