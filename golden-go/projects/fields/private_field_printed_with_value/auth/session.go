package auth

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Session struct {
	User  string
	token string
}

func (v Session) String() string {
	return "Session { user: " + lisette.FormatValue(v.User) + ", token: " + lisette.FormatValue(v.token) + " }"
}

func Login(user string) Session {
	return Session{User: user, token: fmt.Sprintf("t-%v", user)}
}
