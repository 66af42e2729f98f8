package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type User struct {
	name  string
	email string
	age   int
	admin bool
}

func (v User) String() string {
	return "User { name: " + lisette.FormatValue(v.name) + ", email: " + lisette.FormatValue(v.email) + ", age: " + lisette.FormatValue(v.age) + ", admin: " + lisette.FormatValue(v.admin) + " }"
}

func badge(u User) string {
	if u.admin {
		name := u.name
		return fmt.Sprintf("[admin] %v", name)
	}
	name := u.name
	age := u.age
	return fmt.Sprintf("%v (%v)", name, age)
}

func main() {
	ann := User{name: "ann", email: "ann@example.org", age: 31, admin: true}
	bo := User{name: "bo", email: "bo@example.org", age: 27, admin: false}
	fmt.Println(badge(ann))
	fmt.Println(badge(bo))
}
