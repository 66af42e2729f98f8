package models

import lisette "lisette.dev/prelude"

type User struct {
	Name string
	Age  int
}

func (v User) String() string {
	return "User { name: " + lisette.FormatValue(v.Name) + ", age: " + lisette.FormatValue(v.Age) + " }"
}

func Adult(name string) User {
	return User{Name: name, Age: 18}
}
