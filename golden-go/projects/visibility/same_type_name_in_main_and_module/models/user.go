package models

import lisette "lisette.dev/prelude"

type User struct {
	Login string
}

func (v User) String() string {
	return "User { login: " + lisette.FormatValue(v.Login) + " }"
}
