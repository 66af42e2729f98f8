package main

import (
	"fmt"
	"golden/projects/visibility/same_type_name_in_main_and_module/models"
	lisette "lisette.dev/prelude"
)

type User struct {
	login   string
	display string
}

func (v User) String() string {
	return "User { login: " + lisette.FormatValue(v.login) + ", display: " + lisette.FormatValue(v.display) + " }"
}

func from_model(m models.User) User {
	return User{login: m.Login, display: fmt.Sprintf("@%v", m.Login)}
}

func main() {
	m := models.User{Login: "kai"}
	u := from_model(m)
	fmt.Println(m)
	fmt.Println(u)
}
