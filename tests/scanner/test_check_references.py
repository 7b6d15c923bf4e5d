"""`pdmap check` schema readers record the table a field's declared foreign key points at
(FieldSchema.references): SQL DDL, Django models and migrations, SQLAlchemy models and
Alembic migrations, and replay keeps it through renames and later ALTERs."""

from __future__ import annotations

import textwrap

import pytest

from connectors.schema import read_schema_file, replay


def parse(path: str, source: str):
    parsed = read_schema_file(path, textwrap.dedent(source))
    assert parsed is not None, f"{path} not recognised as a schema file"
    assert not parsed.problems, parsed.problems
    return parsed


def declared(path: str, source: str) -> dict[str, str]:
    """container.field -> references, for every declaration of one file, in file order."""
    return {
        f"{f.container}.{f.schema.name}": f.schema.references for f in parse(path, source).fields
    }


def final(*files: tuple[str, str]) -> dict[str, tuple[str, str]]:
    """container key.field -> (native type, references) once every file is replayed."""
    state = replay(parse(path, text) for path, text in files)
    return {f"{c}.{n}": (s.schema.native_type, s.schema.references) for (c, n), s in state.items()}


# --- SQL DDL ------------------------------------------------------------------------------


def test_ddl_inline_references_name_the_table_without_default_schema_or_quotes():
    refs = declared(
        "db/migrations/0001_tickets.sql",
        """\
        CREATE TABLE public.tickets (
            id serial PRIMARY KEY,
            title text NOT NULL,
            assigned_to_id integer REFERENCES public.users(id) ON DELETE SET NULL,
            "creator_id" bigint NOT NULL REFERENCES "Users" ("id"),
            queue_id integer CONSTRAINT tickets_queue_fk REFERENCES queues,
            owner_id uuid REFERENCES auth.users (id)
        );
        """,
    )
    assert refs == {
        "public.tickets.id": "",
        "public.tickets.title": "",
        "public.tickets.assigned_to_id": "users",
        "public.tickets.creator_id": "users",
        "public.tickets.queue_id": "queues",
        "public.tickets.owner_id": "auth.users",  # Supabase: a schema of its own is kept
    }


def test_ddl_table_level_foreign_keys_mysql_dump_and_sqlite():
    mysql = declared(
        "sql/schema.sql",
        """\
        CREATE TABLE `helpdesk_ticket` (
          `id` int(11) NOT NULL AUTO_INCREMENT,
          `assigned_to_id` int(11) DEFAULT NULL,
          `queue_id` int(11) NOT NULL,
          PRIMARY KEY (`id`),
          KEY `helpdesk_ticket_assigned_to_id` (`assigned_to_id`),
          CONSTRAINT `helpdesk_ticket_assigned_to_id_fk` FOREIGN KEY (`assigned_to_id`)
            REFERENCES `auth_user` (`id`),
          CONSTRAINT `helpdesk_ticket_queue_id_fk` FOREIGN KEY (`queue_id`)
            REFERENCES `helpdesk_queue` (`id`)
        ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
        """,
    )
    assert mysql == {
        "helpdesk_ticket.id": "",
        "helpdesk_ticket.assigned_to_id": "auth_user",
        "helpdesk_ticket.queue_id": "helpdesk_queue",
    }
    sqlite = declared(
        "bin/sqlite_upgrade.sql",
        """\
        CREATE TABLE ab_user_bk (id INTEGER NOT NULL,
                                 username VARCHAR(32) NOT NULL,
                                 created_by_fk INTEGER,
                                 changed_by_fk INTEGER,
                                 PRIMARY KEY (id),
                                 UNIQUE (username),
                                 FOREIGN KEY(created_by_fk) REFERENCES ab_user (id),
                                 FOREIGN KEY(changed_by_fk) REFERENCES ab_user (id));
        """,
    )
    assert sqlite["ab_user_bk.created_by_fk"] == sqlite["ab_user_bk.changed_by_fk"] == "ab_user"
    assert sqlite["ab_user_bk.username"] == ""


def test_ddl_tsql_bracketed_foreign_keys():
    refs = declared(
        "db/tsql/001_orders.sql",
        """\
        CREATE TABLE [dbo].[Orders] (
            [Id] INT IDENTITY(1,1) NOT NULL PRIMARY KEY,
            [CustomerId] INT NOT NULL CONSTRAINT [FK_Orders_Customers]
                FOREIGN KEY REFERENCES [dbo].[Customers] ([Id]),
            [SalesRepId] INT NULL
        );
        GO
        """,
    )
    assert refs == {
        "dbo.Orders.Id": "",
        "dbo.Orders.CustomerId": "customers",
        "dbo.Orders.SalesRepId": "",
    }


def test_ddl_alter_table_add_foreign_key_sets_the_link_and_keeps_the_type():
    schema = """\
        CREATE TABLE public.orders (
            id integer NOT NULL,
            customer_id integer NOT NULL,
            reporter_id integer,
            note text
        );
        """
    # pg_dump writes its foreign keys after every table
    pg_dump = """\
        ALTER TABLE ONLY public.orders
            ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id)
            REFERENCES public.customers(id) DEFERRABLE INITIALLY DEFERRED;
        ALTER TABLE orders ADD FOREIGN KEY (reporter_id) REFERENCES users(id);
        ALTER TABLE orders ADD CONSTRAINT fk_ghost FOREIGN KEY (ghost_id) REFERENCES users(id);
        """
    alters = parse("db/0002_fks.sql", pg_dump).fields
    assert [(f.action, f.schema.name, f.schema.native_type) for f in alters] == [
        ("alter", "customer_id", ""),
        ("alter", "reporter_id", ""),
        ("alter", "ghost_id", ""),
    ]
    assert final(("db/0001_orders.sql", schema), ("db/0002_fks.sql", pg_dump)) == {
        "orders.id": ("INT", ""),
        "orders.customer_id": ("INT", "customers"),
        "orders.reporter_id": ("INT", "users"),
        "orders.note": ("TEXT", ""),
        # a key on a column no file declares adds no field
    }


def test_ddl_add_column_with_references_and_a_later_type_change_keeps_the_link():
    files = (
        ("db/1.sql", "CREATE TABLE posts (id int, body text);"),
        ("db/2.sql", "ALTER TABLE posts ADD COLUMN hidden_by_id int REFERENCES users(id);"),
        ("db/3.sql", "ALTER TABLE posts ALTER COLUMN hidden_by_id TYPE bigint;"),
    )
    assert final(*files)["posts.hidden_by_id"] == ("BIGINT", "users")


# --- Django models ------------------------------------------------------------------------

DJANGO_MODELS = """\
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import User
    from django.db import models

    from crm.models import Customer

    UserModel = get_user_model()


    class Queue(models.Model):
        title = models.CharField(max_length=100)
        default_owner = models.ForeignKey(
            settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True
        )

        class Meta:
            db_table = "helpdesk_queues"


    class Ticket(models.Model):
        title = models.CharField(max_length=200)
        queue = models.ForeignKey(Queue, on_delete=models.CASCADE)
        assigned_to = models.ForeignKey(
            User, related_name="assigned_to", on_delete=models.CASCADE, blank=True, null=True
        )
        submitter = models.ForeignKey("auth.User", on_delete=models.CASCADE)
        merged_to = models.ForeignKey("self", on_delete=models.CASCADE, null=True)
        kbitem = models.ForeignKey("KBItem", on_delete=models.SET_NULL, null=True)
        customer = models.ForeignKey(to="crm.Customer", on_delete=models.PROTECT)
        account = models.ForeignKey(Customer, on_delete=models.PROTECT, db_column="acct")
        reviewer = models.ForeignKey(get_user_model(), on_delete=models.CASCADE)
        closer = models.ForeignKey(UserModel, on_delete=models.CASCADE)
        team = models.ForeignKey(
            helpdesk_settings.HELPDESK_TEAMS_MODEL, on_delete=models.CASCADE, null=True
        )


    class UserSettings(models.Model):
        user = models.OneToOneField(
            settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="usersettings"
        )
        settings_pickled = models.TextField(null=True)


    class Place(models.Model):
        name = models.CharField(max_length=50)


    class Restaurant(Place):
        serves_pizza = models.BooleanField(default=False)
    """


def test_django_model_relations_name_the_table_django_would_use():
    refs = declared("helpdesk/models.py", DJANGO_MODELS)
    assert refs["helpdesk_queues.default_owner_id"] == "auth_user"  # settings.AUTH_USER_MODEL
    assert refs["helpdesk_queues.title"] == ""
    ticket = {k.removeprefix("helpdesk_ticket."): v for k, v in refs.items() if "ticket." in k}
    assert ticket == {
        "id": "",
        "title": "",
        "queue_id": "helpdesk_queues",  # a model of the file with a db_table
        "assigned_to_id": "auth_user",  # `from django.contrib.auth.models import User`
        "submitter_id": "auth_user",  # "auth.User"
        "merged_to_id": "helpdesk_ticket",  # "self"
        "kbitem_id": "helpdesk_kbitem",  # a bare name: a model of the same app
        "customer_id": "crm_customer",  # to="app.Model"
        "acct": "crm_customer",  # imported from crm.models
        "reviewer_id": "auth_user",  # get_user_model()
        "closer_id": "auth_user",  # a name bound to get_user_model()
        "team_id": "",  # a setting naming some other swappable model: cannot tell
    }
    assert refs["helpdesk_usersettings.user_id"] == "auth_user"  # OneToOneField
    assert refs["helpdesk_restaurant.place_ptr_id"] == "helpdesk_place"  # multi-table parent


# --- Django migrations --------------------------------------------------------------------

DJANGO_0001 = """\
    from django.conf import settings
    from django.db import migrations, models
    import django.db.models.deletion


    class Migration(migrations.Migration):

        initial = True

        dependencies = [
            migrations.swappable_dependency(settings.AUTH_USER_MODEL),
        ]

        operations = [
            migrations.CreateModel(
                name='Calendar',
                fields=[
                    ('id', models.AutoField(auto_created=True, primary_key=True, serialize=False)),
                    ('name', models.CharField(max_length=200)),
                ],
                options={'db_table': 'schedule_calendars'},
            ),
            migrations.CreateModel(
                name='Event',
                fields=[
                    ('id', models.AutoField(auto_created=True, primary_key=True, serialize=False)),
                    ('title', models.CharField(max_length=255)),
                    ('calendar', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE,
                                                   to='schedule.Calendar')),
                    ('creator', models.ForeignKey(blank=True, null=True,
                                                  on_delete=django.db.models.deletion.SET_NULL,
                                                  related_name='creator',
                                                  to=settings.AUTH_USER_MODEL)),
                ],
            ),
        ]
    """

DJANGO_0002 = """\
    from django.conf import settings
    from django.db import migrations, models
    import django.db.models.deletion


    class Migration(migrations.Migration):

        dependencies = [('schedule', '0001_initial')]

        operations = [
            migrations.AddField(
                model_name='event',
                name='rule',
                field=models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL,
                                        to='schedule.rule'),
            ),
            migrations.AlterField(
                'event',
                'calendar',
                models.ForeignKey('schedule.Calendar', null=True,
                                  on_delete=django.db.models.deletion.CASCADE),
            ),
            migrations.AlterField(
                model_name='event',
                name='creator',
                field=models.CharField(max_length=100, blank=True),
            ),
            migrations.RenameField(model_name='event', old_name='rule', new_name='recurrence'),
        ]
    """


def test_django_migration_relations_in_create_model_add_field_and_alter_field():
    first = declared("schedule/migrations/0001_initial.py", DJANGO_0001)
    assert first["schedule_event.calendar_id"] == "schedule_calendar"
    assert first["schedule_event.creator_id"] == "auth_user"
    assert first["schedule_event.title"] == ""
    second = parse("schedule/migrations/0002_event_rule.py", DJANGO_0002).fields
    assert [(f.action, f.schema.name, f.schema.references) for f in second[:3]] == [
        ("add", "rule_id", "schedule_rule"),
        ("alter", "calendar_id", "schedule_calendar"),  # first positional argument
        ("alter", "creator", ""),
    ]
    state = final(
        ("schedule/migrations/0001_initial.py", DJANGO_0001),
        ("schedule/migrations/0002_event_rule.py", DJANGO_0002),
    )
    # replay resolves a model's db_table; a rename keeps the link
    assert state["schedule_event.calendar_id"] == ("ForeignKey", "schedule_calendars")
    assert state["schedule_event.recurrence_id"] == ("ForeignKey", "schedule_rule")
    # AlterField restates the whole field: a relation turned into text links nowhere
    assert state["schedule_event.creator"] == ("CharField(100)", "")


# --- SQLAlchemy models --------------------------------------------------------------------

SQLALCHEMY_MODELS = """\
    from sqlalchemy import Column, ForeignKey, ForeignKeyConstraint, Integer, String, Table
    from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

    from .base import metadata


    class Base(DeclarativeBase):
        pass


    class User(Base):
        __tablename__ = "users"
        __table_args__ = {"schema": "accounts"}
        id: Mapped[int] = mapped_column(primary_key=True)
        email: Mapped[str] = mapped_column(String(255))


    class Post(Base):
        __tablename__ = "posts"
        id = Column(Integer, primary_key=True)
        user_id = Column(Integer, ForeignKey("users.id", ondelete="CASCADE"), nullable=False)
        hidden_by_id: Mapped[int | None] = mapped_column(ForeignKey("public.users.id"))
        editor_id: Mapped[int] = mapped_column(ForeignKey(User.id))
        reviewer_id = Column(Integer, ForeignKey(Reviewer.id))
        topic_id = Column(Integer, ForeignKey(topics.c.id))


    class Report(Base):
        __tablename__ = "reports"
        __table_args__ = (ForeignKeyConstraint(["reporter_id"], ["users.id"]),)
        id = Column(Integer, primary_key=True)
        reporter_id = Column(Integer, nullable=False)


    topics = Table(
        "topics",
        metadata,
        Column("id", Integer, primary_key=True),
        Column("user_id", Integer),
        Column("forum_id", Integer, ForeignKey("forums.id")),
        ForeignKeyConstraint(["user_id"], ["users.id"], name="fk_topic_user"),
    )
    """


def test_sqlalchemy_models_foreign_keys_in_every_form():
    refs = declared("app/models.py", SQLALCHEMY_MODELS)
    assert refs == {
        "accounts.users.id": "",
        "accounts.users.email": "",
        "posts.id": "",
        "posts.user_id": "users",  # ForeignKey("users.id")
        "posts.hidden_by_id": "users",  # mapped_column(ForeignKey("public.users.id"))
        "posts.editor_id": "accounts.users",  # ForeignKey(User.id): the class's table
        "posts.reviewer_id": "reviewer",  # a class of another file: its name
        "posts.topic_id": "topics",  # ForeignKey(topics.c.id): a Table of the file
        "reports.id": "",
        "reports.reporter_id": "users",  # __table_args__ ForeignKeyConstraint
        "topics.id": "",
        "topics.user_id": "users",  # ForeignKeyConstraint in Table(...)
        "topics.forum_id": "forums",
    }


def test_flask_sqlalchemy_db_column_with_db_foreign_key():
    refs = declared(
        "flask_appbuilder/security/sqla/models.py",
        """\
        from flask_sqlalchemy import SQLAlchemy
        from sqlalchemy import Column, Integer

        db = SQLAlchemy()

        assoc_user_role = db.Table(
            "ab_user_role",
            db.Column("id", db.Integer, primary_key=True),
            db.Column("user_id", db.Integer, db.ForeignKey("ab_user.id")),
            db.Column("role_id", db.Integer, db.ForeignKey("ab_role.id")),
        )


        class Contact(db.Model):
            __tablename__ = "contact"
            id = db.Column(db.Integer, primary_key=True)
            name = db.Column(db.String(150), unique=True, nullable=False)
            created_by_fk = db.Column(db.Integer, db.ForeignKey("ab_user.id"), nullable=False)
        """,
    )
    assert refs == {
        "contact.id": "",
        "contact.name": "",
        "contact.created_by_fk": "ab_user",
        "ab_user_role.id": "",
        "ab_user_role.user_id": "ab_user",
        "ab_user_role.role_id": "ab_role",
    }


# --- Alembic ------------------------------------------------------------------------------

ALEMBIC_INIT = '''\
    """init"""
    from alembic import op
    import sqlalchemy as sa

    revision = "8ad96e49dc6"
    down_revision = None


    def upgrade():
        op.create_table(
            "posts",
            sa.Column("id", sa.Integer(), nullable=False),
            sa.Column("user_id", sa.Integer(), sa.ForeignKey("users.id"), nullable=True),
            sa.Column("content", sa.Text(), nullable=False),
            sa.PrimaryKeyConstraint("id"),
        )
        op.create_table(
            "reports",
            sa.Column("id", sa.Integer(), nullable=False),
            sa.Column("reporter_id", sa.Integer(), nullable=False),
            sa.Column("post_id", sa.Integer(), nullable=False),
            sa.ForeignKeyConstraint(["post_id"], ["posts.id"], ),
            sa.ForeignKeyConstraint(["reporter_id"], ["users.id"], ),
            sa.PrimaryKeyConstraint("id"),
        )
        op.add_column("posts", sa.Column("editor_id", sa.Integer(), sa.ForeignKey("users.id")))


    def downgrade():
        op.drop_table("reports")
        op.drop_table("posts")
    '''

ALEMBIC_HIDDEN = '''\
    """add hidden columns"""
    from alembic import op
    import sqlalchemy as sa

    revision = "d0ffadc3ea48"
    down_revision = "8ad96e49dc6"


    def upgrade():
        with op.batch_alter_table("posts", schema=None) as batch_op:
            batch_op.add_column(sa.Column("hidden_by_id", sa.Integer(), nullable=True))
            batch_op.create_foreign_key("fk_Post_hidden_by", "users", ["hidden_by_id"], ["id"])
        op.add_column("reports", sa.Column("zapped_by", sa.Integer(), nullable=True))
        op.create_foreign_key(
            "fk_reports_zapped_by", "reports", "users", ["zapped_by"], ["id"],
            referent_schema="public",
        )
        op.create_foreign_key(None, "reports", "users", local_cols, ["id"])


    def downgrade():
        op.drop_column("reports", "zapped_by")
    '''


def test_alembic_create_table_add_column_and_foreign_key_constraints():
    refs = declared("migrations/versions/8ad96e49dc6_init.py", ALEMBIC_INIT)
    assert refs == {
        "posts.id": "",
        "posts.user_id": "users",
        "posts.content": "",
        "reports.id": "",
        "reports.reporter_id": "users",  # sa.ForeignKeyConstraint(["reporter_id"], ["users.id"])
        "reports.post_id": "posts",
        "posts.editor_id": "users",  # add_column with sa.ForeignKey
    }


def test_alembic_create_foreign_key_on_op_and_in_a_batch_sets_the_link_and_keeps_the_type():
    alters = parse("migrations/versions/d0ffadc3ea48_hidden.py", ALEMBIC_HIDDEN).fields
    assert [(f.container, f.action, f.schema.name, f.schema.references) for f in alters] == [
        ("posts", "add", "hidden_by_id", ""),
        ("posts", "alter", "hidden_by_id", "users"),
        ("reports", "add", "zapped_by", ""),
        ("reports", "alter", "zapped_by", "users"),
        # local_cols is a variable: not read
    ]
    state = final(
        ("migrations/versions/d0ffadc3ea48_hidden.py", ALEMBIC_HIDDEN),
        ("migrations/versions/8ad96e49dc6_init.py", ALEMBIC_INIT),
    )
    assert state["posts.hidden_by_id"] == ("Integer", "users")
    assert state["reports.zapped_by"] == ("Integer", "users")


# --- replay -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "rename"),
    [
        ("db/2.sql", "ALTER TABLE posts RENAME COLUMN user_id TO author_id;"),
        ("db/2.sql", "ALTER TABLE posts RENAME user_id TO author_id;"),
        ("db/2.sql", "ALTER TABLE posts CHANGE user_id author_id int;"),
        (
            "migrations/versions/b2_rename.py",
            """\
            from alembic import op

            revision = "b2"
            down_revision = "b1"

            def upgrade():
                op.alter_column("posts", "user_id", new_column_name="author_id")
            """,
        ),
    ],
)
def test_a_renamed_foreign_key_column_keeps_its_link(path, rename):
    create = "CREATE TABLE posts (id int PRIMARY KEY, user_id int REFERENCES users(id));"
    state = final(("db/1.sql", create), (path, rename))
    assert "posts.user_id" not in state
    assert state["posts.author_id"][1] == "users"


def test_a_renamed_table_carries_the_links_that_point_at_it():
    state = final(
        ("db/1.sql", "CREATE TABLE members (id int);\nCREATE TABLE posts (member_id int);"),
        ("db/2.sql", "ALTER TABLE posts ADD FOREIGN KEY (member_id) REFERENCES members (id);"),
        ("db/3.sql", "ALTER TABLE members RENAME TO users;"),
    )
    assert state["posts.member_id"] == ("INT", "users")


def test_models_restate_the_link_after_migrations():
    migration = "CREATE TABLE posts (id int, author_id int);"
    models = """\
        from django.db import models

        class Post(models.Model):
            author = models.ForeignKey("auth.User", on_delete=models.CASCADE)

            class Meta:
                db_table = "posts"
        """
    state = final(("blog/migrations/0001.sql", migration), ("blog/models.py", models))
    assert state["posts.author_id"] == ("ForeignKey", "auth_user")


def test_the_parse_cache_round_trips_references():
    from scanner.check.gate import _from_json, _to_json

    parsed = parse("app/models.py", SQLALCHEMY_MODELS)
    assert _from_json(_to_json(parsed)) == parsed


@pytest.mark.parametrize(
    ("path", "source"),
    [
        (
            "app/models.py",
            """\
            from django.db import models

            class A(models.Model):
                b = models.ForeignKey(on_delete=models.CASCADE)
                c = models.ForeignKey(lambda: "x", on_delete=models.CASCADE)
                d = models.ForeignKey(*targets)
                e = models.OneToOneField(to=1)
            """,
        ),
        (
            "app/db.py",
            """\
            import sqlalchemy as sa

            t = sa.Table(
                "t", meta,
                sa.Column("a", sa.Integer, sa.ForeignKey()),
                sa.Column("b", sa.Integer, sa.ForeignKey(lambda: x)),
                sa.Column("c", sa.Integer, sa.ForeignKey("nodot")),
                sa.ForeignKeyConstraint(cols, refs),
                sa.ForeignKeyConstraint(["a"]),
            )
            """,
        ),
        (
            "migrations/versions/x.py",
            """\
            from alembic import op
            revision = "x"
            def upgrade():
                op.create_foreign_key()
                op.create_foreign_key("fk", table, "users", ["a"], ["id"])
                with op.batch_alter_table("t") as b:
                    b.create_foreign_key("fk", None, ["a"], ["id"])
            """,
        ),
    ],
)
def test_a_link_a_reader_cannot_read_is_left_empty(path, source):
    parsed = parse(path, source)
    assert all(f.schema.references == "" for f in parsed.fields)
