"""The "Validation du programme" workflow, its review step for the Moderators and Editors."""

from django.db import migrations

WORKFLOW_NAME = "Validation du programme"


def create_workflow(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    ProposalReviewTask = apps.get_model("proposals", "ProposalReviewTask")
    content_type, _ = ContentType.objects.get_or_create(
        app_label="proposals", model="proposalreviewtask"
    )
    task = ProposalReviewTask.objects.filter(name=WORKFLOW_NAME).first()
    if task is None:
        task = ProposalReviewTask.objects.create(
            name=WORKFLOW_NAME, content_type=content_type, active=True
        )
    task.groups.set(Group.objects.filter(name__in=["Moderators", "Editors"]))
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})


def remove_workflow(apps, schema_editor):
    apps.get_model("wagtailcore", "Workflow").objects.filter(name=WORKFLOW_NAME).delete()
    apps.get_model("proposals", "ProposalReviewTask").objects.filter(name=WORKFLOW_NAME).delete()


class Migration(migrations.Migration):
    dependencies = [("proposals", "0001_initial")]

    operations = [migrations.RunPython(create_workflow, remove_workflow)]
