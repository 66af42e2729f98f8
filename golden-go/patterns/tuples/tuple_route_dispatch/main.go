package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"strings"
)

func route(method, path string) string {
	segments := strings.Split(path, "/")
	subject := lisette.Tuple2[string, []string]{First: method, Second: segments}
	switch subject.First {
	case "GET":
		switch {
		case len(subject.Second) == 2:
			if subject.Second[0] == "" {
				switch subject.Second[1] {
				case "":
					return "home page"
				case "users":
					return "list users"
				case "static":
					rest := subject.Second[2:len(subject.Second):len(subject.Second)]
					return fmt.Sprintf("static file with %v segment(s)", len(rest))
				default:
					m := subject.First
					return fmt.Sprintf("405 or 404 for %v %v", m, path)
				}
			}
			m := subject.First
			return fmt.Sprintf("405 or 404 for %v %v", m, path)
		case len(subject.Second) == 3:
			if subject.Second[0] == "" {
				switch subject.Second[1] {
				case "users":
					id := subject.Second[2]
					return fmt.Sprintf("show user %v", id)
				case "static":
					rest := subject.Second[2:len(subject.Second):len(subject.Second)]
					return fmt.Sprintf("static file with %v segment(s)", len(rest))
				default:
					m := subject.First
					return fmt.Sprintf("405 or 404 for %v %v", m, path)
				}
			}
			m := subject.First
			return fmt.Sprintf("405 or 404 for %v %v", m, path)
		case len(subject.Second) >= 2:
			if subject.Second[0] == "" && subject.Second[1] == "static" {
				rest := subject.Second[2:len(subject.Second):len(subject.Second)]
				return fmt.Sprintf("static file with %v segment(s)", len(rest))
			}
			m := subject.First
			return fmt.Sprintf("405 or 404 for %v %v", m, path)
		default:
			m := subject.First
			return fmt.Sprintf("405 or 404 for %v %v", m, path)
		}
	case "DELETE":
		switch {
		case len(subject.Second) == 3:
			if subject.Second[0] == "" {
				switch subject.Second[1] {
				case "users":
					id := subject.Second[2]
					return fmt.Sprintf("delete user %v", id)
				case "static":
					rest := subject.Second[2:len(subject.Second):len(subject.Second)]
					return fmt.Sprintf("static file with %v segment(s)", len(rest))
				default:
					m := subject.First
					return fmt.Sprintf("405 or 404 for %v %v", m, path)
				}
			}
			m := subject.First
			return fmt.Sprintf("405 or 404 for %v %v", m, path)
		case len(subject.Second) >= 2:
			if subject.Second[0] == "" && subject.Second[1] == "static" {
				rest := subject.Second[2:len(subject.Second):len(subject.Second)]
				return fmt.Sprintf("static file with %v segment(s)", len(rest))
			}
			m := subject.First
			return fmt.Sprintf("405 or 404 for %v %v", m, path)
		default:
			m := subject.First
			return fmt.Sprintf("405 or 404 for %v %v", m, path)
		}
	case "POST":
		switch {
		case len(subject.Second) == 2:
			if subject.Second[0] == "" {
				switch subject.Second[1] {
				case "users":
					return "create user"
				case "static":
					rest := subject.Second[2:len(subject.Second):len(subject.Second)]
					return fmt.Sprintf("static file with %v segment(s)", len(rest))
				default:
					m := subject.First
					return fmt.Sprintf("405 or 404 for %v %v", m, path)
				}
			}
			m := subject.First
			return fmt.Sprintf("405 or 404 for %v %v", m, path)
		case len(subject.Second) >= 2:
			if subject.Second[0] == "" && subject.Second[1] == "static" {
				rest := subject.Second[2:len(subject.Second):len(subject.Second)]
				return fmt.Sprintf("static file with %v segment(s)", len(rest))
			}
			m := subject.First
			return fmt.Sprintf("405 or 404 for %v %v", m, path)
		default:
			m := subject.First
			return fmt.Sprintf("405 or 404 for %v %v", m, path)
		}
	default:
		if len(subject.Second) >= 2 && subject.Second[0] == "" && subject.Second[1] == "static" {
			rest := subject.Second[2:len(subject.Second):len(subject.Second)]
			return fmt.Sprintf("static file with %v segment(s)", len(rest))
		}
		m := subject.First
		return fmt.Sprintf("405 or 404 for %v %v", m, path)
	}
}

func main() {
	fmt.Println(route("GET", "/"))
	fmt.Println(route("GET", "/users"))
	fmt.Println(route("GET", "/users/42"))
	fmt.Println(route("DELETE", "/users/7"))
	fmt.Println(route("HEAD", "/static/css/site.css"))
	fmt.Println(route("PUT", "/users"))
}
