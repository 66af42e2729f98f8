package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type User struct {
	name    string
	manager lisette.Option[string]
}

func (v User) String() string {
	return "User { name: " + lisette.FormatValue(v.name) + ", manager: " + lisette.FormatValue(v.manager) + " }"
}

func find_user(name string) lisette.Option[User] {
	switch name {
	case "eve":
		return lisette.MakeOptionSome[User](User{name: "eve", manager: lisette.MakeOptionSome[string]("dan")})
	case "dan":
		return lisette.MakeOptionSome[User](User{name: "dan", manager: lisette.MakeOptionNone[string]()})
	default:
		return lisette.MakeOptionNone[User]()
	}
}

func manager_of(name string) string {
	subject := find_user(name)
	if subject.Tag != lisette.OptionSome {
		return fmt.Sprintf("%v: no such user", name)
	}
	user := subject.SomeVal
	if user.manager.Tag != lisette.OptionSome {
		return fmt.Sprintf("%v: no manager", user.name)
	}
	boss := user.manager.SomeVal
	subject2 := find_user(boss)
	if subject2.Tag != lisette.OptionSome {
		return fmt.Sprintf("%v: manager %v unknown", user.name, boss)
	}
	return fmt.Sprintf("%v reports to %v", user.name, boss)
}

func main() {
	fmt.Println(manager_of("eve"))
	fmt.Println(manager_of("dan"))
	fmt.Println(manager_of("bob"))
}
