package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Login struct {
	User     string `json:"user"`
	Password string `json:"-"`
}

func (v Login) String() string {
	return "Login { user: " + lisette.FormatValue(v.User) + ", password: " + lisette.FormatValue(v.Password) + " }"
}

func main() {
	l := Login{User: "ann", Password: "hunter2"}
	fmt.Println(l.User, len(l.Password))
}
