package uk.co.goldenthread.base.security;

import java.util.List;

/** The sign-ins that the demo data set creates; a bean only in the demo profile, shown on the login page. */
public record DemoAccounts(String password, List<Account> accounts) {

    public record Account(String username, String fullName, String roles) {
    }
}
