package sun.nio.fs;

import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.UserPrincipal;
import jdk.internal.io.HostFiles;

/**
 * Users and groups by id, named as the JDK's (the system's name, or the number when it has
 * none). Not part of the JDK API.
 */
public final class UnixUserPrincipals {
    private UnixUserPrincipals() {}

    public static User fromUid(int uid) {
        String name = HostFiles.principalName0(uid, false);
        return new User(uid, false, name != null ? name : Integer.toString(uid));
    }

    public static Group fromGid(int gid) {
        String name = HostFiles.principalName0(gid, true);
        return new Group(gid, name != null ? name : Integer.toString(gid));
    }

    public static class User implements UserPrincipal {
        private final int id;
        private final boolean isGroup;
        private final String name;

        User(int id, boolean isGroup, String name) {
            this.id = id;
            this.isGroup = isGroup;
            this.name = name;
        }

        public int uid() {
            if (isGroup) {
                throw new AssertionError();
            }
            return id;
        }

        public int gid() {
            if (isGroup) {
                return id;
            }
            throw new AssertionError();
        }

        public boolean isSpecial() {
            return id == -1;
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public String toString() {
            return name;
        }

        @Override
        public boolean equals(Object obj) {
            if (obj == this) {
                return true;
            }
            if (!(obj instanceof User)) {
                return false;
            }
            User other = (User) obj;
            return this.id == other.id && this.isGroup == other.isGroup && this.name.equals(other.name);
        }

        @Override
        public int hashCode() {
            return (id != -1) ? id : name.hashCode();
        }
    }

    public static class Group extends User implements GroupPrincipal {
        Group(int id, String name) {
            super(id, true, name);
        }
    }
}
