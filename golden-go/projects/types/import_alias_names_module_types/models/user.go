package models

import lisette "lisette.dev/prelude"

type User struct {
	Name string
}

func (v User) String() string {
	return "User { name: " + lisette.FormatValue(v.Name) + " }"
}

func Guest() User {
	return User{Name: "guest"}
}
