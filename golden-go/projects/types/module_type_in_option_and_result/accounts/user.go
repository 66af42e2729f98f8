package accounts

import lisette "lisette.dev/prelude"

type User struct {
	Id    int
	Login string
}

func (v User) String() string {
	return "User { id: " + lisette.FormatValue(v.Id) + ", login: " + lisette.FormatValue(v.Login) + " }"
}

func All() []User {
	return []User{User{Id: 1, Login: "root"}, User{Id: 7, Login: "ada"}}
}
