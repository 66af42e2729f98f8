package main

import (
	"encoding/json"
	"fmt"
	"io"
	lisette "lisette.dev/prelude"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
)

type Stats struct {
	Links int            `json:"links"`
	Hits  map[string]int `json:"hits"`
}

func (v Stats) String() string {
	return "Stats { links: " + lisette.FormatValue(v.Links) + ", hits: " + lisette.FormatValue(v.Hits) + " }"
}

type Shortener struct {
	targets map[string]string
	hits    map[string]int
	next    int
}

func (v Shortener) String() string {
	return "Shortener { targets: " + lisette.FormatValue(v.targets) + ", hits: " + lisette.FormatValue(v.hits) + ", next: " + lisette.FormatValue(v.next) + " }"
}

func routes(s *Shortener) *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /shorten", func(w http.ResponseWriter, r *http.Request) {
		target := r.FormValue("url")
		subject := lisette.ResultOfPtr(url.Parse(target))
		if subject.Tag == lisette.ResultOk {
			u := subject.OkVal
			if u.Scheme == "https" || u.Scheme == "http" {
				s.next += 1
				code := fmt.Sprintf("c%v", s.next)
				s.targets[code] = u.String()
				w.WriteHeader(http.StatusCreated)
				fmt.Fprint(w, code)
			} else {
				http.Error(w, "only http(s) links", http.StatusBadRequest)
			}
		} else {
			http.Error(w, "malformed url", http.StatusBadRequest)
		}
	})
	mux.HandleFunc("GET /stats", func(w http.ResponseWriter, _r *http.Request) {
		stats := Stats{Links: len(s.targets), Hits: s.hits}
		w.Header().Set("Content-Type", "application/json")
		subject2 := lisette.ResultOf(json.Marshal(stats))
		if subject2.Tag == lisette.ResultOk {
			data := subject2.OkVal
			_, _ = w.Write(data)
		} else {
			e := subject2.ErrVal
			http.Error(w, e.Error(), http.StatusInternalServerError)
		}
	})
	mux.HandleFunc("GET /{code}", func(w http.ResponseWriter, r *http.Request) {
		code := r.PathValue("code")
		subject3 := lisette.MapGet(s.targets, code)
		if subject3.Tag == lisette.OptionSome {
			target := subject3.SomeVal
			s.hits[code] = s.hits[code] + 1
			http.Redirect(w, r, target, http.StatusFound)
		} else {
			http.NotFound(w, r)
		}
	})
	return mux
}

func send(mux *http.ServeMux, method, target, form string) {
	var body lisette.Option[io.Reader]
	if form == "" {
		body = lisette.MakeOptionNone[io.Reader]()
	} else {
		body = lisette.MakeOptionSome[io.Reader](strings.NewReader(form))
	}
	req := httptest.NewRequest(method, target, lisette.Nilable(body))
	if form != "" {
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	}
	rec := httptest.NewRecorder()
	mux.ServeHTTP(rec, req)
	location := rec.Header().Get("Location")
	var text string
	if lisette.OptionNilable(rec.Body).Tag == lisette.OptionSome {
		b := lisette.OptionNilable(rec.Body).SomeVal
		text = strings.TrimSpace(b.String())
	} else {
		text = ""
	}
	if location != "" {
		fmt.Println(method, target, rec.Code, "->", location)
	} else {
		fmt.Println(method, target, rec.Code, text)
	}
}

func main() {
	svc := Shortener{targets: map[string]string{}, hits: map[string]int{}, next: 0}
	mux := routes(&svc)
	send(mux, "POST", "/shorten", "url="+url.QueryEscape("https://go.dev/doc/effective_go"))
	send(mux, "POST", "/shorten", "url=https%3A%2F%2Fexample.org%2Fa%3Fb%3Dc")
	send(mux, "POST", "/shorten", "url=ftp://files.example.org")
	send(mux, "GET", "/c1", "")
	send(mux, "GET", "/c1", "")
	send(mux, "GET", "/c2", "")
	send(mux, "GET", "/c9", "")
	send(mux, "GET", "/stats", "")
}
